import type { Span } from "../../schema/index.js";
import type { DateHit, Offset } from "./date-hit.js";
import { smallNumber } from "../../data/small-numbers.js";

/** "two years later", "a week earlier", "a few days later". */
const COUNTED = /^(?:(?:about|nearly|almost|some|just|only|roughly)\s+)?(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+|(a few|few|several|many|some)\s+)?(day|week|month|year)s?\s+(later|earlier)$/i;
/** Days named by the one just mentioned: "the same day", "the next morning", "the following day", "the previous evening". */
const SAME_OR_NEXT = /\b(?:the\s+)?(same|next|following|previous|prior)\s+(?:day|morning|afternoon|evening|night)\b|\bby\s+morning\b/gi;

/** A month or week told by the one just mentioned: "resigned the following month" (a year is "that-year", find-relative.ts). */
const FOLLOWING_UNIT = /\bthe\s+(following|previous|prior)\s+(week|month)\b/gi;
/** Words that make it a stretch of time, not a date: "over the following year", "for the previous month". */
export const DURATION_BEFORE = /\b(?:over|for|during|within|in|throughout|through)\s+$/i;

/**
 * The distance a counted offset states, or null when `text` is not one.
 * "two years later" → 2 years forward; "a week earlier" → 7 days back;
 * "a few days later" → days, amount unknown. "four days after a breach" is
 * none: it dates the clause's own event from the breach, whose date is not
 * given ("resigned Tuesday night, one day after a report" places Tuesday).
 */
export function readOffset(text: string): Offset | null {
  const m = COUNTED.exec(text.trim());
  if (!m) return null;
  const [, count, vague, unitWord = "", direction = ""] = m;
  const sign = /later/i.test(direction) ? 1 : -1;
  let amount: number | null = vague ? null : 1;
  if (count) amount = Math.max(1, smallNumber(count) ?? 1);
  const unit = unitWord.toLowerCase();
  const scaled = amount === null ? null : sign * amount * (unit === "week" ? 7 : 1);
  return { unit: unit === "week" ? "day" : (unit as Offset["unit"]), amount: scaled };
}

/**
 * Days told by the one just mentioned, in `span` of `text`, left for the anchor step:
 * "began pumping the spilled water back the same day" (0), "the next morning" (+1),
 * "By morning, residents were finding dead fish" (+1 after a night, else 0).
 */
export function findSameOrNextDay(text: string, span: Span): DateHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: DateHit[] = [];
  for (const m of slice.matchAll(FOLLOWING_UNIT)) {
    if (DURATION_BEFORE.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    const sign = /^(?:following)$/i.test(m[1] ?? "") ? 1 : -1;
    const unit = (m[2] ?? "").toLowerCase();
    const offset: Offset = unit === "week" ? { unit: "day", amount: 7 * sign } : { unit: "month", amount: sign };
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: null, anchor: "offset", offset });
  }
  for (const m of slice.matchAll(SAME_OR_NEXT)) {
    const word = (m[1] ?? "").toLowerCase();
    const amount = word === "same" ? 0 : word === "previous" || word === "prior" ? -1 : 1;
    const offset: Offset = m[1] ? { unit: "day", amount, partOfDay: !/day$/i.test(m[0]) } : { unit: "day", amount: 0, partOfDay: true, nextIfNight: true };
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: null, anchor: "offset", offset });
  }
  return hits;
}

/**
 * `value` moved by `offset`, at the precision the offset's unit allows, or null
 * when the value is too coarse or not a single date: "2019" + 2 years → "2021";
 * "2025-03-04" + 0 days → "2025-03-04"; "2019" + 4 days → null.
 */
export function shiftValue(value: string, offset: Offset, night: boolean): string | null {
  const amount = offset.nextIfNight ? (night ? 1 : 0) : offset.amount;
  if (amount === null || value.includes("/")) return null;
  const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(value);
  if (!m) return null;
  const [, y = "", mo, d] = m;
  if (offset.unit === "year") return String(Number(y) + amount);
  if (offset.unit === "month") {
    if (!mo) return null;
    const t = new Date(Date.UTC(Number(y), Number(mo) - 1 + amount, 1));
    return t.toISOString().slice(0, 7);
  }
  if (!mo || !d) return null;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d) + amount)).toISOString().slice(0, 10);
}
