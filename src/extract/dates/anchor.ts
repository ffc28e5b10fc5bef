import type { Span } from "../../schema/index.js";
import { enclosingQuote } from "../sources/inside-quote.js";
import { valueFromOffset } from "./anchor-offset.js";
import type { DateHit } from "./date-hit.js";

/** Words that mean the day of speaking: in a quotation, the day the quotation was spoken. */
const SPEECH_DAY = /^(?:(?:earlier|later)\s+)?(?:today|tonight|this (?:morning|afternoon|evening))$/i;

/**
 * Completes values that depend on other dates in the article, in text order.
 * - "that year" takes the year of the closest earlier dated expression:
 *   "… in February 2021 … In September that year, the two were released" → 2021-09.
 * - "today" inside a quotation takes the day of the speech the sentence dates:
 *   `In a speech Wednesday night, Dong said, "media reports today …"` read on
 *   Fri 2023-03-24 → 2023-03-22, the Wednesday, not the Friday.
 * - an offset moves the date just mentioned in its sentence or the one before
 *   (`content`, the article's paragraphs): "first elected in 2019 and became
 *   minister two years later" → 2021; a part of a day with no date before it
 *   is left out ("he didn't see a doctor until the next morning").
 */
export function resolveAnchors(hits: DateHit[], text: string, paragraphs: Span[], content: Span[] = paragraphs): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    if (h.anchor === "that-year") out.push({ ...h, value: valueFromEarlierYear(h, out) });
    else if (h.anchor === "offset") {
      const value = valueFromOffset(h, out, text, content);
      if (value || !h.offset?.partOfDay) out.push({ ...h, value });
    } else out.push({ ...h, value: speechDay(h, out, text, paragraphs) ?? cueDay(h, hits, text, paragraphs) ?? h.value });
  }
  return out;
}

function valueFromEarlierYear(h: DateHit, earlier: DateHit[]): string | null {
  // A range ("between 2016 and 2021") names a stretch, not the year a later "that June" is in.
  const year = [...earlier].reverse().find((e) => e.value && /^\d{4}/.test(e.value) && !e.value.includes("/"))?.value?.slice(0, 4);
  if (!year) return null;
  const y = String(Number(year) + (h.yearShift ?? 0));
  if (h.season) return `${y}-${h.season[0]}/${y}-${h.season[1]}`;
  return h.month === undefined ? y : `${y}-${String(h.month).padStart(2, "0")}`;
}

/**
 * "today" in a quotation whose cue dates the speech after it: “Nothing the
 * court did today changes that,” she said Thursday → the Thursday. The cue's
 * date is the first full date after the quotation in its paragraph, outside
 * quotation marks, written in the same sentence.
 */
function cueDay(h: DateHit, hits: DateHit[], text: string, paragraphs: Span[]): string | null {
  if (!SPEECH_DAY.test(text.slice(h.start, h.end))) return null;
  const para = paragraphs.find((p) => p.start <= h.start && h.end <= p.end);
  const quote = para ? enclosingQuote(text, para, h.start) : null;
  if (!para || !quote) return null;
  const after = hits.find((e) => e.start >= quote.end && e.end <= para.end && e.anchor === "none" && /^\d{4}-\d\d-\d\d/.test(e.value ?? ""));
  if (!after || enclosingQuote(text, para, after.start) || /[.!?]\s/.test(text.slice(quote.end + 1, after.start))) return null;
  return after.value?.slice(0, 10) ?? null;
}

function speechDay(h: DateHit, earlier: DateHit[], text: string, paragraphs: Span[]): string | null {
  if (!SPEECH_DAY.test(text.slice(h.start, h.end))) return null;
  const para = paragraphs.find((p) => p.start <= h.start && h.end <= p.end);
  if (!para || !enclosingQuote(text, para, h.start)) return null;
  const before = [...earlier].reverse().find((e) => e.start >= para.start && /^\d{4}-\d\d-\d\d/.test(e.value ?? ""));
  if (!before || enclosingQuote(text, para, before.start)) return null;
  return before.value?.slice(0, 10) ?? null;
}
