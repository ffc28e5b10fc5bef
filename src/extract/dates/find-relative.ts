import type { Span } from "../../schema/index.js";
import type { DateHit } from "./date-hit.js";
import { DURATION_BEFORE } from "./offset.js";

/** "Earlier in the day the outlet reported …": the day of the article. */
const SAME_DAY = /\b(?:earlier|later) in the day\b/gi;
/** A year given by an earlier date: "ahead of that year's elections", "the following year". */
const THAT_YEAR = /\b(?:that|the same|the following|the next|the previous|the prior) year\b/gi;

/**
 * Relative expressions chrono does not read, in `span` of `text`.
 * "Earlier in the day" resolves to the reference day; "that year" is left for
 * the anchor step, which takes the year of the closest earlier date.
 */
export function findRelative(text: string, span: Span, reference: string | null): DateHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: DateHit[] = [];
  for (const m of slice.matchAll(SAME_DAY)) {
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: reference, anchor: "none" });
  }
  for (const m of slice.matchAll(THAT_YEAR)) {
    // "kept rising over the following year" is a stretch of time, not a year.
    if (/^the (?:following|next|previous|prior)/i.test(m[0]) && DURATION_BEFORE.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    const shift = /following|next/i.test(m[0]) ? 1 : /previous|prior/i.test(m[0]) ? -1 : 0;
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: null, anchor: "that-year", yearShift: shift });
  }
  return hits;
}
