import type { Span } from "../../schema/index.js";
import { parseWithChrono, type ChronoHit } from "./chrono.js";
import type { DateHit } from "./date-hit.js";
import { isBareMonth, keepChronoHit, LEADING_PREPOSITION, TRAILING_PUNCTUATION } from "./keep-chrono.js";
import { readOffset } from "./offset.js";
import { resolveParts } from "./resolve.js";
import { readTense } from "./tense.js";
import { resolveWeek } from "./week.js";
import { CHANGE_BEFORE } from "./join-ranges.js";

/** Modifiers chrono leaves out: "late Tuesday", "earlier this month", "mid-September". */
const MODIFIER_BEFORE = /\b(early|late|earlier|later|mid)[\s-]$/i;
/** The article chrono leaves out before a part of a day or a weekend: "the night of March 6", "since the weekend". */
const THE_BEFORE = /\bthe\s$/i;
const THE_TAKER = /^(?:weekend|(?:morning|afternoon|evening|night) of\b)/i;
/** A part of a day naming the date it falls on: "night of March 6", "the evening of June 3, 2021". */
const TIME_OF_DAY_OF = /^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;
/** A month that is given its year by an earlier date: "In September that year". */
const THAT_YEAR_AFTER = /^\s+(?:of\s+)?(?:that|the same) year\b/i;
/** A month given its year relative to the reference: "in May last year". */
const THIS_OR_LAST_YEAR_AFTER = /^\s+(?:of\s+)?(this|last) year\b/i;

/**
 * Date expressions chrono finds in `span` of `text`, filtered for news use,
 * with offsets into `text` and values read against `reference`.
 * "Dong spoke with reporters late Tuesday" → "late Tuesday" = 2023-03-21 on Wed 2023-03-22;
 * "said it had been a difficult evening" → nothing (a time of day places no date).
 */
export function findChronoDates(text: string, span: Span, reference: string | null): DateHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: DateHit[] = [];
  for (const raw of parseWithChrono(slice, reference)) {
    for (const part of splitChange(raw, slice, reference)) {
      const r = readTimeOfDayOf(part, reference);
      if (!keepChronoHit(r, slice)) continue;
      hits.push(withListedDay(pastYear(toHit(r, slice, span.start, reference), text, reference), text));
    }
  }
  return hits;
}

/** A second day of the same month after a day: "vote March 19 and 20". */
const LISTED_DAY = /^\s+(?:and|&)\s+(\d{1,2})(?!\d|[:.,]\d|\s*(?:a\.m|p\.m|am|pm|per|%))/;

/** "March 19 and 20" is one statement of two days: "2026-03-19/2026-03-20". */
function withListedDay(hit: DateHit, text: string): DateHit {
  const m = LISTED_DAY.exec(text.slice(hit.end, hit.end + 12));
  if (!m || !hit.value || !/^\d{4}-\d\d-\d\d$/.test(hit.value) || Number(m[1]) <= Number(hit.value.slice(8)) || Number(m[1]) > 31) return hit;
  return { ...hit, end: hit.end + m[0].length, value: `${hit.value}/${hit.value.slice(0, 8)}${(m[1] ?? "").padStart(2, "0")}` };
}

/** "over the past year": the twelve months up to the article's month, not last calendar year. */
function pastYear(hit: DateHit, text: string, reference: string | null): DateHit {
  if (!reference || !/^(?:the\s+)?past\s+year$/i.test(text.slice(hit.start, hit.end))) return hit;
  return { ...hit, value: `${Number(reference.slice(0, 4)) - 1}${reference.slice(4, 7)}/${reference.slice(0, 7)}` };
}

/** Where a change of date ("from Aug. 18 to Aug. 25") parts its two dates. */
const CHANGE_JOINER = /\s+to\s+/i;

/** Splits chrono's range in a change of date into its two dates, each read on its own. */
function splitChange(r: ChronoHit, slice: string, reference: string | null): ChronoHit[] {
  if (!r.end) return [r];
  const from = /^from\s+/i.exec(r.text)?.[0] ?? "";
  if (!CHANGE_BEFORE.test(slice.slice(Math.max(0, r.index - 80), r.index) + from)) return [r];
  const join = CHANGE_JOINER.exec(r.text);
  if (!join) return [r];
  const parts = [
    { at: r.index + from.length, text: r.text.slice(from.length, join.index) },
    { at: r.index + join.index + join[0].length, text: r.text.slice(join.index + join[0].length) },
  ];
  return parts.flatMap((p) => {
    const hit = parseWithChrono(p.text, reference)[0];
    return hit ? [{ ...hit, index: p.at + hit.index }] : [];
  });
}

/**
 * chrono reads "night of March 6" as a time of day and loses the date it
 * names; the date is read again from the words after "of".
 */
function readTimeOfDayOf(r: ChronoHit, reference: string | null): ChronoHit {
  const lead = TIME_OF_DAY_OF.exec(r.text.replace(LEADING_PREPOSITION, ""));
  if (!lead) return r;
  const rest = r.text.slice(r.text.length - r.text.replace(LEADING_PREPOSITION, "").length + lead[0].length);
  const inner = parseWithChrono(rest, reference)[0];
  return inner?.index === 0 ? { ...r, start: inner.start, end: inner.end } : r;
}

function toHit(r: ChronoHit, slice: string, offset: number, reference: string | null): DateHit {
  const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
  let start = r.index + lead;
  const end = r.index + r.text.replace(TRAILING_PUNCTUATION, "").length;
  const mod = MODIFIER_BEFORE.exec(slice.slice(Math.max(0, start - 8), start));
  if (mod) start -= mod[0].length;
  const the = THE_TAKER.test(slice.slice(start, end)) ? THE_BEFORE.exec(slice.slice(Math.max(0, start - 4), start)) : null;
  if (the) start -= the[0].length;
  const exprText = slice.slice(start, end);
  const span = { start: offset + start, end: offset + end };
  const shift = readOffset(exprText);
  if (shift) return { ...span, value: null, anchor: "offset", offset: shift };
  const yearHit = monthWithYearWord(r, slice, start, end, reference);
  if (yearHit) return { ...yearHit, start: offset + yearHit.start, end: offset + yearHit.end };
  const tense = readTense(slice, start, end);
  const week = resolveWeek(exprText, reference, tense);
  if (week !== undefined) return { ...span, value: week, anchor: "none" };
  const first = resolveParts(r.start, exprText, reference, tense);
  const last = r.end ? resolveParts(r.end, exprText, reference, tense) : null;
  const value = first && last && last !== first ? `${first}/${last}` : first;
  return { ...span, value, anchor: "none" };
}

/** "September that year" (left for the anchor step) and "May last year" (read against the reference), with slice offsets. */
function monthWithYearWord(r: ChronoHit, slice: string, start: number, end: number, reference: string | null): DateHit | null {
  const month = r.start.stated.month;
  if (!isBareMonth(r) || month === undefined) return null;
  const thatYear = THAT_YEAR_AFTER.exec(slice.slice(end));
  if (thatYear) return { start, end: end + thatYear[0].length, value: null, anchor: "that-year", month };
  // "sentenced him to 12 years that June": the month of the year just mentioned.
  const thatBefore = /\bthat\s+$/i.exec(slice.slice(Math.max(0, start - 6), start));
  if (thatBefore) return { start: start - thatBefore[0].length, end, value: null, anchor: "that-year", month };
  const relYear = THIS_OR_LAST_YEAR_AFTER.exec(slice.slice(end));
  if (!relYear) return null;
  const value = reference ? `${Number(reference.slice(0, 4)) + (relYear[1] === "last" ? -1 : 0)}-${String(month).padStart(2, "0")}` : null;
  return { start, end: end + relYear[0].length, value, anchor: "none" };
}
