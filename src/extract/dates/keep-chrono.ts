import type { ChronoHit } from "./chrono.js";
import { readOffset } from "./offset.js";

/** Words chrono takes along that are not part of the date: "on Thursday, May 22, 2014", "(Sun, Jan 6". */
export const LEADING_PREPOSITION = /^(?:[([]|(?:on|at|in|by|of|since|until)\s+)/i;
/** Punctuation and a dangling "of" chrono takes along at the end: "on Saturday, bringing …", "in March of a former spy". */
export const TRAILING_PUNCTUATION = /(?:\s+of|[\s,.;:)])+$/i;
/** A month given its year by an earlier date or by the reference: "In September that year", "in May last year". */
export const YEAR_AFTER_MONTH = /^\s+(?:of\s+)?(?:that|the same|this|last) year\b/i;
/** Not dates on their own: "will now sit", "Earlier in the day" (handled elsewhere), "on a normal weekday". */
const NOT_A_DATE = /^(now|right now|(in )?the day|this day|(a |an |the )?weekdays?)$/i;
/** A weekday's abbreviation is written with a capital: "he sat at the table" names no Saturday. */
const LOWER_CASE_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;
/** Offsets from another event, not from the article's date: "a few days after a federal election". */
const OFFSET_FROM_EVENT = /\b(after|before|later|earlier|from now)$/i;
/** A length of time, not a date: "for two days", "his first major in three years", "after 500 days". */
const DURATION = /^(?:(?:in|for|within|after|over|about|nearly|almost|some|the|first)\s+)*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many|\d[\d.]*)\b.*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
/** Periods, not dates: "over the last three years", "two years and four months". */
const PLURAL_PERIOD = /\b(?:the\s+)?(?:last|past|next|coming)\s+\S+\s+(?:days|weeks|months|years)$/i;
/** Not dates at all: fractions ("1/2 cup"), "24/7", "9/11", decades ("1950s"). */
const NOT_A_DATE_FORM = /^\d{1,2}\/\d{1,2}$|\d0s$/;
/** Something a date must contain: a digit or a calendar word ("lasts" is not "last"). */
const CALENDAR_WORD = /\d|today|tonight|yesterday|tomorrow|month|year|week|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|midnight|\b(?:last|this)\s+(?:night|morning|afternoon|evening)\b/i;
/** Relative day words that make a time-less expression a date: "today", "last month". */
const DAY_WORD = /\b(today|tonight|yesterday|tomorrow|ago|this|last|next|past)\b/i;
/** Words before a bare month name that show it is a month: "published in February", not "March on". */
const MONTH_CUE = /\b(in|since|of|until|till|by|from|through|to|last|next|early|late|mid|this|that|during|before|after|between|and|or)\s+$/i;

/**
 * Whether a chrono result is a date news would report, read in `slice`.
 * "Dong spoke late Tuesday" → yes; "for two days", "1/2 cup", "March on" → no;
 * "four days after a breach" → yes, as an offset from another date.
 */
export function keepChronoHit(r: ChronoHit, slice: string): boolean {
  const t = r.text.replace(LEADING_PREPOSITION, "").replace(TRAILING_PUNCTUATION, "");
  if (OFFSET_FROM_EVENT.test(t)) return readOffset(t) !== null;
  if (NOT_A_DATE.test(t) || LOWER_CASE_WEEKDAY.test(t) || NOT_A_DATE_FORM.test(t) || !CALENDAR_WORD.test(t)) return false;
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

/** A month named alone: "in February", not "February 2021" or "last month". */
export function isBareMonth(r: ChronoHit): boolean {
  const s = r.start.stated;
  return s.month !== undefined && s.year === undefined && s.day === undefined && !r.end && !DAY_WORD.test(r.text);
}
