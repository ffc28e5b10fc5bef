import type { Span } from "../../schema/index.js";
import type { DateHit } from "./date-hit.js";

const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
/** A year standing alone: not inside a longer number, an amount, a code or a decade ("1990s"). */
const BARE_YEAR = new RegExp(String.raw`(?<![\w$£€#.,/-])${YEAR}(?![\w%]|[.,/-]\d)`, "g");
/** "from 2018 to 2021", "between 2019 and 2021" */
const WORD_RANGE = new RegExp(String.raw`\b(?:from|between)\s+(${YEAR})\s+(?:to|and|until|till|through)\s+(${YEAR})\b`, "gi");
/** "2018-2021", "2018–21" is left out (two digits are not a year). */
const DASH_RANGE = new RegExp(String.raw`(?<![\w-])(${YEAR})\s?[-–]\s?(${YEAR})(?![\w-])`, "g");
/** Counts, not years: "nearly 2000 people", "more than 1900 cases". */
const APPROXIMATOR_BEFORE = /\b(about|around|nearly|almost|over|some|roughly|approximately|than|least|only|just)\s+$/i;

/**
 * Years the text states without a month, and year ranges, in `span` of `text`.
 * chrono does not read a bare year, yet news places most background by one:
 * "Dong was first elected in 2018", "the 2019 and 2021 federal elections" (two dates),
 * "imprisoned in China from 2018 to 2021" (one range, "2018/2021").
 */
export function findYears(text: string, span: Span): DateHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: DateHit[] = [];
  for (const re of [WORD_RANGE, DASH_RANGE]) {
    for (const m of slice.matchAll(re)) {
      const [, from = "", to = ""] = m;
      if (Number(to) < Number(from)) continue;
      hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: `${from}/${to}`, anchor: "none" });
    }
  }
  for (const m of slice.matchAll(BARE_YEAR)) {
    if (APPROXIMATOR_BEFORE.test(slice.slice(Math.max(0, m.index - 20), m.index))) continue;
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: m[0], anchor: "none" });
  }
  return hits;
}
