import type { DateHit } from "./date-hit.js";

/** What opens a range before its first date: "between April 2023 …", "from March 3 …". */
const OPENER = /\b(?:between|from)\s+$/i;
/** A change of date, whose two ends are two dates: "pushed the first day of classes from Aug. 18 to Aug. 25". */
export const CHANGE_BEFORE = /\b(?:moved|moves|pushed|pushes|postponed|postpones|delayed|delays|rescheduled|reschedules|changed|changes|shifted|shifts|bumped|advanced|brought)\b[^.!?;]{0,60}\bfrom\s+$/i;
/** What joins the two ends: "… and March 2024", "… to June", "… through Friday". */
const JOINER = /^\s+(?:and|to|until|till|through|thru)\s+$|^\s*[-\u2013]\s*$/i;

/**
 * Joins two dates stated as the ends of one period into one range statement,
 * "start/end", spanning the opening word: "covered emergency visits between
 * April 2023 and March 2024" → "between April 2023 and March 2024" =
 * "2023-04/2024-03", as "from 2018 to 2021" is "2018/2021". Hits are in text
 * order; ends that are ranges already, unresolved or out of order stay apart.
 */
export function joinRanges(hits: DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (!a) continue;
    const joined = b ? joinPair(a, b, text) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

function joinPair(a: DateHit, b: DateHit, text: string): DateHit | null {
  if (a.anchor !== "none" || b.anchor !== "none" || !a.value || !b.value) return null;
  if (a.value.includes("/") || b.value.includes("/") || a.value > b.value) return null;
  if (!JOINER.test(text.slice(a.end, b.start))) return null;
  const opener = OPENER.exec(text.slice(Math.max(0, a.start - 10), a.start));
  if (!opener || CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 80), a.start))) return null;
  return { start: a.start - opener[0].length, end: b.end, value: `${a.value}/${b.value}`, anchor: "none" };
}
