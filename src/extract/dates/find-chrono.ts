import type { Span } from "../../schema/index.js";
import { parseWithChrono, type ChronoHit } from "./chrono.js";
import type { DateHit } from "./date-hit.js";
import { resolveParts } from "./resolve.js";

/** Words chrono takes along that are not part of the date: "on Thursday, May 22, 2014", "(Sun, Jan 6". */
const LEADING_PREPOSITION = /^(?:[([]|(?:on|at|in|by|of|since|until)\s+)/i;
/** Punctuation and a dangling "of" chrono takes along at the end: "on Saturday, bringing …", "in March of a former spy". */
const TRAILING_PUNCTUATION = /(?:\s+of|[\s,.;:)])+$/i;
/** Modifiers chrono leaves out: "late Tuesday", "earlier this month", "mid-September". */
const MODIFIER_BEFORE = /\b(early|late|earlier|later|mid)[\s-]$/i;
/** A month that is given its year by an earlier date: "In September that year". */
const THAT_YEAR_AFTER = /^\s+(?:of\s+)?(?:that|the same) year\b/i;
/** A month given its year relative to the reference: "in May last year". */
const THIS_OR_LAST_YEAR_AFTER = /^\s+(?:of\s+)?(this|last) year\b/i;
const YEAR_AFTER_MONTH = /^\s+(?:of\s+)?(?:that|the same|this|last) year\b/i;
/** Not dates on their own: "will now sit", "Earlier in the day" (handled elsewhere). */
const NOT_A_DATE = /^(now|right now|(in )?the day|this day)$/i;
/** Offsets from another event, not from the article's date: "a few days after a federal election". */
const OFFSET_FROM_EVENT = /\b(after|before|later|earlier|from now)$/i;
/** A length of time, not a date: "for two days", "his first major in three years", "after 500 days". */
const DURATION = /^(?:(?:in|for|within|after|over|about|nearly|almost|some|the|first)\s+)*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many|\d[\d.]*)\b.*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
/** Periods, not dates: "over the last three years", "two years and four months". */
const PLURAL_PERIOD = /\b(?:the\s+)?(?:last|past|next|coming)\s+\S+\s+(?:days|weeks|months|years)$/i;
/** Not dates at all: fractions ("1/2 cup"), "24/7", "9/11", decades ("1950s"). */
const NOT_A_DATE_FORM = /^\d{1,2}\/\d{1,2}$|\d0s$/;
/** Something a date must contain: a digit or a calendar word ("lasts" is not "last"). */
const CALENDAR_WORD = /\d|today|tonight|yesterday|tomorrow|month|year|week|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|midnight/i;
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
  const t = r.text.replace(LEADING_PREPOSITION, "").replace(TRAILING_PUNCTUATION, "");
  if (NOT_A_DATE.test(t) || OFFSET_FROM_EVENT.test(t) || NOT_A_DATE_FORM.test(t) || !CALENDAR_WORD.test(t)) return false;
  if (!/\bago$/i.test(t) && (DURATION.test(t) || PLURAL_PERIOD.test(t))) return false;
  const s = r.start.stated;
  const placesDay = s.year !== undefined || s.month !== undefined || s.day !== undefined || s.weekday !== undefined;
  if (!placesDay && !DAY_WORD.test(t)) return false;
  if (isBareMonth(r) && !/^[A-Z]/.test(t)) return false;
  if (isBareMonth(r) && !YEAR_AFTER_MONTH.test(slice.slice(r.index + r.text.length))) {
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    return MONTH_CUE.test(slice.slice(0, r.index + lead));
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
  let end = r.index + r.text.replace(TRAILING_PUNCTUATION, "").length;
  const mod = MODIFIER_BEFORE.exec(slice.slice(Math.max(0, start - 8), start));
  if (mod) start -= mod[0].length;
  const exprText = slice.slice(start, end);
  const thatYear = isBareMonth(r) ? THAT_YEAR_AFTER.exec(slice.slice(end)) : null;
  if (thatYear && r.start.stated.month !== undefined) {
    end += thatYear[0].length;
    return { start: offset + start, end: offset + end, value: null, anchor: "that-year", month: r.start.stated.month };
  }
  const relYear = isBareMonth(r) ? THIS_OR_LAST_YEAR_AFTER.exec(slice.slice(end)) : null;
  if (relYear && r.start.stated.month !== undefined) {
    end += relYear[0].length;
    const value = reference ? monthOfYear(reference, relYear[1] === "last" ? -1 : 0, r.start.stated.month) : null;
    return { start: offset + start, end: offset + end, value, anchor: "none" };
  }
  const first = resolveParts(r.start, exprText, reference);
  const last = r.end ? resolveParts(r.end, exprText, reference) : null;
  const value = first && last && last !== first ? `${first}/${last}` : first;
  return { start: offset + start, end: offset + end, value, anchor: "none" };
}

function monthOfYear(reference: string, shift: number, month: number): string {
  return `${Number(reference.slice(0, 4)) + shift}-${String(month).padStart(2, "0")}`;
}
