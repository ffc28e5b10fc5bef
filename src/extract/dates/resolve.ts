/**
 * Turns what a date expression states into an ISO 8601 value at the text's
 * precision, reading relative phrases against the article's date.
 */
import type { DateParts } from "./chrono.js";
import type { Tense } from "./tense.js";

const DAY_MS = 86_400_000;

/** Relative words: the value depends on the reference ("this year", "last month", "Tuesday"). */
const RELATIVE = /\b(today|tonight|yesterday|tomorrow|this|last|next|past|ago|coming|earlier|later|now)\b/i;
/** Offsets from an unknown retrieval time ("Last updated 4 minutes ago") cannot be resolved. */
const CLOCK_AGO = /\b(seconds?|minutes?|mins?|hours?|hrs?)\s+ago\b/i;

/**
 * ISO value for one side of a date expression, or null when it cannot be
 * known. `text` is the expression as written; `reference` an ISO day or null.
 * - "Sep. 24, 2021" → "2021-09-24"; "February 2021" → "2021-02"
 * - "Tuesday" read on Wed 2023-03-22 → "2023-03-21", and "Wednesday" read on
 *   Fri 2023-03-24 → "2023-03-22": news reports the past, so a weekday is the
 *   most recent one on or before the reference
 * - "March 21" read on 2023-03-22 → "2023-03-21"; "September" read on
 *   2023-03-22 → "2022-09" (a month named without a year is the last one past)
 * - "last month" → "2023-02"; "this year" → "2023"; "25 minutes ago" → null
 * - a clause that looks ahead (`tense` "future") turns a weekday, a month or a
 *   month-day forward: "will hold a meeting Thursday" read on Mon 2025-03-10 →
 *   "2025-03-13"; "will reopen April 14" read on 2025-03-10 → "2025-04-14"
 * - a month-day in a clause without tense may lie up to a quarter ahead:
 *   "The layoffs take effect April 14" read on 2025-03-10 → "2025-04-14"
 */
export function resolveParts(parts: DateParts, text: string, reference: string | null, tense: Tense = "none"): string | null {
  const s = parts.stated;
  if (CLOCK_AGO.test(text)) return null;
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : null;
  if (s.weekday !== undefined && s.day === undefined) {
    return ref ? formatDay(pickWeekday(ref, s.weekday, text, tense)) + formatTime(parts) : null;
  }
  if (RELATIVE.test(text) || parts.tags.some((t) => t.startsWith("casualReference") || t === "result/relativeDate")) {
    return ref ? formatAt(parts.instant, precisionOf(parts)) : null;
  }
  if (s.year !== undefined) return formatStated(s.year, parts);
  if (!ref || s.month === undefined) return null;
  return formatStated(yearOf(ref, s.month, s.day, tense), parts);
}

/** Weekdays: "next Thursday" is the first one after the reference, "last Thursday" the last one before; otherwise by tense. */
function pickWeekday(ref: Date, weekday: number, text: string, tense: Tense): Date {
  if (/^(?:next|coming)\b/i.test(text)) return nextWeekday(ref, weekday, 1);
  if (/^last\b/i.test(text)) return lastWeekday(new Date(ref.getTime() - DAY_MS), weekday);
  return tense === "future" ? nextWeekday(ref, weekday, 0) : lastWeekday(ref, weekday);
}

/** The year of a month or month-day named without one, by the tense of its clause. */
function yearOf(ref: Date, month: number, day: number | undefined, tense: Tense): number {
  if (tense === "future") return nextYear(ref, month, day ?? 31);
  const ahead = day !== undefined && tense === "none" ? 92 : 31;
  return pastYear(ref, month, day ?? 1, ahead);
}

type Precision = "year" | "month" | "day";

function precisionOf(parts: DateParts): Precision {
  const s = parts.stated;
  if (s.day !== undefined || s.weekday !== undefined) return "day";
  if (s.month !== undefined) return "month";
  return s.year !== undefined ? "year" : "day";
}

function formatStated(year: number, parts: DateParts): string {
  const s = parts.stated;
  const y = String(year).padStart(4, "0");
  if (s.month === undefined) return y;
  const m = `${y}-${pad(s.month)}`;
  return s.day === undefined ? m : `${m}-${pad(s.day)}${formatTime(parts)}`;
}

/** "T21:55-04:00" when the text states a clock time, else "". */
function formatTime(parts: DateParts): string {
  const s = parts.stated;
  if (s.hour === undefined) return "";
  const tz = s.timezoneOffset;
  const zone = tz === undefined ? "" : `${tz < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(tz) / 60))}:${pad(Math.abs(tz) % 60)}`;
  return `T${pad(s.hour)}:${pad(s.minute ?? 0)}${zone}`;
}

function formatAt(d: Date, p: Precision): string {
  const iso = d.toISOString();
  return p === "year" ? iso.slice(0, 4) : p === "month" ? iso.slice(0, 7) : iso.slice(0, 10);
}

function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function lastWeekday(ref: Date, weekday: number): Date {
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  return new Date(ref.getTime() - back * DAY_MS);
}

/** The first `weekday` on or after the reference (`from` 0), or strictly after it (`from` 1). */
function nextWeekday(ref: Date, weekday: number, from: 0 | 1): Date {
  const start = new Date(ref.getTime() + from * DAY_MS);
  const ahead = (weekday - start.getUTCDay() + 7) % 7;
  return new Date(start.getTime() + ahead * DAY_MS);
}

/** The reference's year, or the one before when that would put the date more than `ahead` days ahead. */
function pastYear(ref: Date, month: number, day: number, ahead: number): number {
  const y = ref.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day, 12);
  return candidate - ref.getTime() > ahead * DAY_MS ? y - 1 : y;
}

/**
 * The reference's year, or the next when the date (or the month's end) is over
 * a week past: "she said she would resign March 4", read on March 5, is this year's.
 */
function nextYear(ref: Date, month: number, day: number): number {
  const y = ref.getUTCFullYear();
  return Date.UTC(y, month - 1, day, 12) < ref.getTime() - 7 * DAY_MS ? y + 1 : y;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
