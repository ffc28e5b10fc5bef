import type { Span } from "../../schema/index.js";
import type { DateHit } from "./date-hit.js";
import { DURATION_BEFORE } from "./offset.js";
import { SEASON_MONTHS } from "./find-years.js";

/** "Earlier in the day the outlet reported …": the day of the article. */
const SAME_DAY = /\b(?:earlier|later) in the day\b/gi;
/** A year given by an earlier date: "ahead of that year's elections", "the following year". */
const THAT_YEAR = /\b(?:that|the same|the following|the next|the previous|the prior) year\b/gi;

/** "that fall", "last spring", "this summer", "next fall", "the spring of last year". */
const SEASON_REL = /\b(?:(that|this|last|next)\s+(spring|summer|fall|autumn)|the\s+(spring|summer|fall|autumn)\s+of\s+(that|this|last|next)\s+year)\b/gi;

/**
 * The year of a season named against the article's date: "this summer" is
 * this year's; "last spring" the latest spring already over; "next fall" the
 * first one to come; "the spring of last year" last year's.
 */
function seasonYear(which: string, season: [string, string], ofYear: boolean, reference: string): number {
  const year = Number(reference.slice(0, 4));
  const month = reference.slice(5, 7);
  if (ofYear) return which === "last" ? year - 1 : which === "next" ? year + 1 : year;
  if (which === "last") return season[1] < month ? year : year - 1;
  if (which === "next") return season[0] > month ? year : year + 1;
  return year;
}

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
  for (const m of slice.matchAll(SEASON_REL)) {
    const which = (m[1] ?? m[4] ?? "").toLowerCase();
    const season = SEASON_MONTHS[(m[2] ?? m[3] ?? "").toLowerCase()];
    if (!season) continue;
    const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
    if (which === "that") hits.push({ ...at, value: null, anchor: "that-year", season });
    else if (reference) {
      const y = seasonYear(which, season, m[3] !== undefined, reference);
      hits.push({ ...at, value: `${y}-${season[0]}/${y}-${season[1]}`, anchor: "none" });
    }
  }
  for (const m of slice.matchAll(THAT_YEAR)) {
    // "kept rising over the following year" is a stretch of time, not a year.
    if (/^the (?:following|next|previous|prior)/i.test(m[0]) && DURATION_BEFORE.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    const shift = /following|next/i.test(m[0]) ? 1 : /previous|prior/i.test(m[0]) ? -1 : 0;
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: null, anchor: "that-year", yearShift: shift });
  }
  return hits;
}
