/**
 * The load stage's one use of chrono-node: reading the publication date off a
 * dateline such as "Posted: Mar 22, 2023 9:55 PM EDT | Last Updated: 25
 * minutes ago" or "Published March 22, 2023 10:18 p.m. EDT".
 */
import * as chrono from "chrono-node";
import { countWords, isSentenceLike } from "./lines.js";

/** What a dated part of a line says it is. */
export type DateLabel = "published" | "updated" | "none";

/** One absolute date found in a line; `start`/`end` are offsets into the line. */
export interface LineDate {
  iso: string;
  label: DateLabel;
  start: number;
  end: number;
}

/** Parts of a metadata line: "Posted: Mar 11, 2026 / 12:48 PM" is a date and a time, as "·", "•" and "|" separate. */
const SEPARATORS = /[·•|]| \/ /g;
const LABEL = /^\s*(first published|published|posted|originally published|last updated|last modified|updated|modified)\b\s*(?:on|at)?\s*:?/i;
/** An explicit year: relative dates ("25 minutes ago") cannot be resolved from the text. */
const EXPLICIT_YEAR = /\b(1[89]|20)\d{2}\b/;
/** A fixed reference: only dates with an explicit year are kept, so the reference never shows. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: "UTC" };

/**
 * The absolute dates a metadata line states, one per `·`, `•` or `|` part,
 * each with its label. "Published Mar 22, 2023 • Last updated 4 minutes ago"
 * gives one date labelled "published"; the relative one is left out.
 */
export function findLineDates(line: string): LineDate[] {
  const dates: LineDate[] = [];
  for (const part of splitParts(line)) {
    const labelMatch = LABEL.exec(part.text);
    const label = labelOf(labelMatch?.[1]);
    const result = chrono.strict.parse(part.text, REFERENCE).find((r) => EXPLICIT_YEAR.test(r.text));
    if (!result) continue;
    const start = part.start + result.index;
    dates.push({ iso: formatIso(result.start), label, start, end: start + result.text.length });
  }
  return dates;
}

/**
 * Whether a line is a dateline: it states a date with a year, is not a body
 * sentence, and every part is short. "Published March 22, 2023 10:18 p.m. EDT"
 * and " March 24, 2023" are datelines; "The two men were released in September
 * 2021, a few days after a federal election." is body text.
 */
export function isDateLine(line: string): boolean {
  if (isSentenceLike(line) || countWords(line) > 24) return false;
  const parts = splitParts(line);
  if (parts.some((p) => countWords(p.text) > 10)) return false;
  return findLineDates(line).some((d) => {
    const part = parts.find((p) => d.start >= p.start && d.end <= p.start + p.text.length);
    const rest = part ? part.text.replace(LABEL, "").trim() : "";
    return countWords(rest) - countWords(line.slice(d.start, d.end)) <= 2;
  });
}

function splitParts(line: string): { start: number; text: string }[] {
  const parts: { start: number; text: string }[] = [];
  let from = 0;
  for (const m of line.matchAll(SEPARATORS)) {
    parts.push({ start: from, text: line.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  parts.push({ start: from, text: line.slice(from) });
  return parts;
}

function labelOf(word: string | undefined): DateLabel {
  if (!word) return "none";
  return /updated|modified/i.test(word) ? "updated" : "published";
}

/** "2023-03-22", or "2023-03-22T21:55-04:00" when the time and zone are stated. */
function formatIso(c: chrono.ParsedComponents): string {
  const pad = (n: number | null, w = 2): string => String(n ?? 0).padStart(w, "0");
  const day = `${pad(c.get("year"), 4)}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
  if (!c.isCertain("day")) return day.slice(0, 7);
  if (!c.isCertain("hour")) return day;
  const time = `${day}T${pad(c.get("hour"))}:${pad(c.get("minute"))}`;
  const offset = c.get("timezoneOffset");
  if (!c.isCertain("timezoneOffset") || offset === null) return time;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
