/**
 * Weeks and weekends as ranges of days, Monday to Sunday, read against the
 * article's date: "last week" in an article of Tue 2025-03-04 is
 * "2025-02-24/2025-03-02".
 */
import type { Tense } from "./tense.js";

const DAY_MS = 86_400_000;
const WEEK = /^(?:(earlier|later)\s+)?(this|last|next|coming|past)\s+week$/i;
const WEEKEND = /^(?:the\s+)?(?:(this|last|next|coming|past)\s+)?weekend$/i;

/**
 * The range a week or weekend phrase names, `undefined` when `text` is not one,
 * null when there is no reference date.
 * - "last week" / "this week" / "next week" → that Monday–Sunday
 * - "earlier this week" → this Monday to the day before the reference;
 *   "later this week" → the day after to Sunday
 * - "the past week" → the seven days up to the reference
 * - "the weekend" / "this weekend" → the last Saturday–Sunday, or the coming
 *   one when the clause looks ahead ("will reopen this weekend");
 *   "last weekend" → the one before; "next weekend" → the coming one
 */
export function resolveWeek(text: string, reference: string | null, tense: Tense): string | null | undefined {
  const week = WEEK.exec(text.trim());
  const weekend = week ? null : WEEKEND.exec(text.trim());
  if (!week && !weekend) return undefined;
  if (!reference) return null;
  const ref = Date.parse(`${reference}T12:00:00Z`);
  if (week) return weekRange(ref, (week[2] ?? "").toLowerCase(), week[1]?.toLowerCase());
  return weekendRange(ref, weekend?.[1]?.toLowerCase(), tense);
}

function weekRange(ref: number, which: string, part: string | undefined): string {
  if (which === "past") return range(ref - 7 * DAY_MS, ref);
  const monday = ref - ((new Date(ref).getUTCDay() + 6) % 7) * DAY_MS;
  const shift = which === "last" ? -7 : which === "next" || which === "coming" ? 7 : 0;
  const start = monday + shift * DAY_MS;
  const end = start + 6 * DAY_MS;
  if (part === "earlier" && shift === 0) return range(start, Math.max(start, ref - DAY_MS));
  if (part === "later" && shift === 0) return range(Math.min(end, ref + DAY_MS), end);
  return range(start, end);
}

function weekendRange(ref: number, which: string | undefined, tense: Tense): string {
  const day = new Date(ref).getUTCDay();
  // Saturday of the weekend the reference is in, or the last one before it.
  const lastSaturday = ref - ((day + 1) % 7) * DAY_MS;
  const inWeekend = day === 6 || day === 0;
  let saturday = lastSaturday;
  if (which === "last" || which === "past") saturday = inWeekend ? lastSaturday - 7 * DAY_MS : lastSaturday;
  else if (which === "next" || which === "coming") saturday = lastSaturday + 7 * DAY_MS;
  else if (tense === "future" && !inWeekend) saturday = lastSaturday + 7 * DAY_MS;
  return range(saturday, saturday + DAY_MS);
}

function range(from: number, to: number): string {
  const a = new Date(from).toISOString().slice(0, 10);
  const b = new Date(to).toISOString().slice(0, 10);
  return a === b ? a : `${a}/${b}`;
}
