/**
 * Turns what a date expression states into an ISO 8601 value at the text's
 * precision, reading relative phrases against the article's date.
 */
import type { DateParts } from "./chrono.js";

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
 */
export function resolveParts(parts: DateParts, text: string, reference: string | null): string | null {
  const s = parts.stated;
  if (CLOCK_AGO.test(text)) return null;
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : null;
  if (s.weekday !== undefined && s.day === undefined) {
    return ref ? formatDay(lastWeekday(ref, s.weekday)) + formatTime(parts) : null;
  }
  if (RELATIVE.test(text) || parts.tags.some((t) => t.startsWith("casualReference") || t === "result/relativeDate")) {
    return ref ? formatAt(parts.instant, precisionOf(parts)) : null;
  }
  if (s.year !== undefined) return formatStated(s.year, parts);
  if (!ref || s.month === undefined) return null;
  return formatStated(pastYear(ref, s.month, s.day ?? 1), parts);
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

/** The reference's year, or the one before when that would put the date over a month ahead. */
function pastYear(ref: Date, month: number, day: number): number {
  const y = ref.getUTCFullYear();
  const candidate = Date.UTC(y, month - 1, day, 12);
  return candidate - ref.getTime() > 31 * DAY_MS ? y - 1 : y;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
