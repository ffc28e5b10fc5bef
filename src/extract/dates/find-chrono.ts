import type { Span } from "../../schema/index.js";
import { parseWithChrono, type ChronoHit } from "./chrono.js";
import type { DateHit } from "./date-hit.js";
import { resolveParts } from "./resolve.js";

/** Words chrono takes along that are not part of the date: "on Thursday, May 22, 2014". */
const LEADING_PREPOSITION = /^(on|at|in|by|of|since|until)\s+/i;
/** Modifiers chrono leaves out: "late Tuesday", "earlier this month", "mid-September". */
const MODIFIER_BEFORE = /\b(early|late|earlier|later|mid)[\s-]$/i;
/** A month that is given its year by an earlier date: "In September that year". */
const THAT_YEAR_AFTER = /^\s+(?:of\s+)?(?:that|the same) year\b/i;
/** Not dates on their own: "will now sit", "Earlier in the day" (handled elsewhere). */
const NOT_A_DATE = /^(now|right now|(in )?the day)$/i;
/** Offsets from another event, not from the article's date: "a few days after a federal election". */
const OFFSET_FROM_EVENT = /\b(after|before|later|earlier|from now)$/i;
/** Relative day words that make a time-less expression a date: "today", "last month". */
const DAY_WORD = /\b(today|tonight|yesterday|tomorrow|ago|this|last|next|past)\b/i;
/** Words before a bare month name that show it is a month: "published in February", not "March on". */
const MONTH_CUE = /\b(in|since|of|until|till|by|from|through|to|last|next|early|late|mid|this|that|during|before|after|between|and|or)\s+$/i;

/**
 * Date expressions chrono finds in `span` of `text`, filtered for news use,
 * with offsets into `text` and values read against `reference`.
 * "Dong spoke with reporters late Tuesday" → "late Tuesday" = 2023-03-21 on Wed 2023-03-22;
 * "said it had been a difficult evening" → nothing (a time of day places no date).
 */
export function findChronoDates(text: string, span: Span, reference: string | null): DateHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: DateHit[] = [];
  for (const r of parseWithChrono(slice, reference)) {
    if (!keepHit(r, slice)) continue;
    hits.push(toHit(r, slice, span.start, reference));
  }
  return hits;
}

function keepHit(r: ChronoHit, slice: string): boolean {
  const t = r.text.replace(LEADING_PREPOSITION, "");
  if (NOT_A_DATE.test(t) || OFFSET_FROM_EVENT.test(t)) return false;
  const s = r.start.stated;
  const placesDay = s.year !== undefined || s.month !== undefined || s.day !== undefined || s.weekday !== undefined;
  if (!placesDay && !DAY_WORD.test(t)) return false;
  if (isBareMonth(r) && !/^[A-Z]/.test(t)) return false;
  if (isBareMonth(r) && !THAT_YEAR_AFTER.test(slice.slice(r.index + r.text.length))) {
    return MONTH_CUE.test(slice.slice(0, r.index + r.text.length - t.length));
  }
  return true;
}

function isBareMonth(r: ChronoHit): boolean {
  const s = r.start.stated;
  return s.month !== undefined && s.year === undefined && s.day === undefined && !r.end && !DAY_WORD.test(r.text);
}

function toHit(r: ChronoHit, slice: string, offset: number, reference: string | null): DateHit {
  const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
  let start = r.index + lead;
  let end = r.index + r.text.length;
  const mod = MODIFIER_BEFORE.exec(slice.slice(Math.max(0, start - 8), start));
  if (mod) start -= mod[0].length;
  const exprText = slice.slice(start, end);
  const thatYear = isBareMonth(r) ? THAT_YEAR_AFTER.exec(slice.slice(end)) : null;
  if (thatYear && r.start.stated.month !== undefined) {
    end += thatYear[0].length;
    return { start: offset + start, end: offset + end, value: null, anchor: "that-year", month: r.start.stated.month };
  }
  const first = resolveParts(r.start, exprText, reference);
  const last = r.end ? resolveParts(r.end, exprText, reference) : null;
  const value = first && last && last !== first ? `${first}/${last}` : first;
  return { start: offset + start, end: offset + end, value, anchor: "none" };
}
