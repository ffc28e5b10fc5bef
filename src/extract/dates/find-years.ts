import type { Span } from "../../schema/index.js";
import type { DateHit } from "./date-hit.js";

const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
/** A year standing alone: not inside a longer number, an amount, a code or a decade ("1990s"). */
const BARE_YEAR = new RegExp(String.raw`(?<![\w$£€#.,/-])${YEAR}(?![\w%]|[.,/-]\d)`, "g");
/** "from 2018 to 2021", "between 2019 and 2021" */
const WORD_RANGE = new RegExp(String.raw`\b(?:from|between)\s+(${YEAR})\s+(?:to|and|until|till|through)\s+(${YEAR})\b`, "gi");
/** "2018-2021", "2018–21" is left out (two digits are not a year). */
const DASH_RANGE = new RegExp(String.raw`(?<![\w-])(${YEAR})\s?[-–]\s?(${YEAR})(?![\w-])`, "g");
/** A year written as a pair: "the 2023-24 fiscal year", "fiscal year 2023–2024", "the 2022-23 school year". */
const YEAR_PAIR = new RegExp(String.raw`\b(?:the\s+)?(?:(fiscal|financial|budget)\s+(?:year\s+)?)?(${YEAR})\s?[-–/]\s?(\d\d|${YEAR})(?:\s+(fiscal|financial|budget|school|academic)\s+year|\s+season)?\b`, "gi");
/** A season of a year: "the summer of 2023", "fall 2021". Winter spans two years and is left to the year alone. */
const SEASON_OF_YEAR = new RegExp(String.raw`\b(?:the\s+)?(spring|summer|fall|autumn)\s+(?:of\s+)?(${YEAR})\b`, "gi");
/** The last month of a year: "until the end of 2029" → 2029-12. */
const END_OF_YEAR = new RegExp(String.raw`\b(?:the\s+)?end\s+of\s+(${YEAR})\b`, "gi");
/** The months of a season in the northern hemisphere. */
export const SEASON_MONTHS: Readonly<Record<string, [string, string]>> = { spring: ["03", "05"], summer: ["06", "08"], fall: ["09", "11"], autumn: ["09", "11"] };
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
  for (const m of slice.matchAll(YEAR_PAIR)) {
    const value = yearPairValue(m);
    if (value) hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value, anchor: "none" });
  }
  for (const m of slice.matchAll(SEASON_OF_YEAR)) {
    const range = SEASON_MONTHS[(m[1] ?? "").toLowerCase()];
    const year = m[2] ?? "";
    if (range) hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: `${year}-${range[0]}/${year}-${range[1]}`, anchor: "none" });
  }
  for (const m of slice.matchAll(END_OF_YEAR)) {
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: `${m[1] ?? ""}-12`, anchor: "none" });
  }
  for (const m of slice.matchAll(BARE_YEAR)) {
    if (APPROXIMATOR_BEFORE.test(slice.slice(Math.max(0, m.index - 20), m.index))) continue;
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, value: m[0], anchor: "none" });
  }
  return hits;
}

/**
 * The period a year pair names, when a year noun says it is one and the
 * years follow each other. A fiscal year runs April to March, the public
 * fiscal year of Canada, Britain and India: "the 2023-24 fiscal year" →
 * "2023-04/2024-03"; a school year or season stays at year precision:
 * "the 2022-23 season" → "2022/2023". "2023-24" alone (a score, a code) is no date.
 */
function yearPairValue(m: RegExpMatchArray): string | null {
  const [, fiscalBefore, from = "", toText = "", noun] = m;
  if (!fiscalBefore && !noun && !/season$/i.test(m[0])) return null;
  const first = Number(from);
  const to = toText.length === 2 ? Math.floor(first / 100) * 100 + Number(toText) : Number(toText);
  if (to !== first + 1) return null;
  const fiscal = fiscalBefore ?? (/^(fiscal|financial|budget)$/i.test(noun ?? "") ? noun : undefined);
  return fiscal ? `${first}-04/${to}-03` : `${first}/${to}`;
}
