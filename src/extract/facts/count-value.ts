/**
 * A count's value as the text hedges it. “More than 2,000 homes” and “about
 * 1,400 homes” are two counts of one set that cannot both hold; “1,400” and
 * “about 1,400” can. A value is the number in digits, led by a symbol for its
 * hedge: "2000", ">2000", "~1400", "<=40".
 */

/** Topic families whose values are numbers compared as ranges: counts, percentages, sums and measures. */
const NUMERIC_TOPIC = /^(?:count|pct|money|measure):/;

/** Whether a topic's values are numbers that may both hold though they differ ("~1400" / "1400"). */
export function isNumericTopic(topic: string): boolean {
  return NUMERIC_TOPIC.test(topic);
}

/** Hedge phrases before a number, as folded words, and the symbol each gives the value. */
const HEDGE_PHRASES: readonly (readonly [string, string])[] = [
  ["more than", ">"], ["over", ">"], ["well over", ">"], ["just over", ">"], ["upwards of", ">"], ["in excess of", ">"],
  ["greater than", ">"], ["at least", ">="], ["no fewer than", ">="], ["no less than", ">="],
  ["fewer than", "<"], ["less than", "<"], ["under", "<"], ["just under", "<"], ["below", "<"],
  ["up to", "<="], ["as many as", "<="], ["no more than", "<="], ["at most", "<="],
  ["about", "~"], ["around", "~"], ["approximately", "~"], ["roughly", "~"], ["some", "~"], ["nearly", "~"],
  ["almost", "~"], ["close to", "~"], ["estimated", "~"], ["an estimated", "~"], ["just about", "~"],
];

/** Longest phrases first, so “no more than” wins over “more than”. */
const HEDGES = HEDGE_PHRASES.map(([phrase, symbol]) => ({ words: phrase.split(" "), symbol })).sort((a, b) => b.words.length - a.words.length);

/** How far either side of an approximate number (“about 1,400”) the true count may lie. */
const APPROXIMATE_SPREAD = 0.25;

/**
 * The hedge whose last word is `norms[at - 1]`: its symbol and how many
 * words it spans, or null. ["kept", "more", "than"] before “2,000” → { symbol:
 * ">", length: 2 }.
 */
export function hedgeBefore(norms: readonly string[], at: number): { symbol: string; length: number } | null {
  for (const h of HEDGES) {
    const from = at - h.words.length;
    if (from >= 0 && h.words.every((w, k) => norms[from + k] === w)) return { symbol: h.symbol, length: h.words.length };
  }
  return null;
}

/** The interval a value allows: "1400" → [1400, 1400], "~1400" → [1050, 1750], ">2000" → [2000, ∞); null for "hundreds". */
export function countInterval(value: string): { lo: number; hi: number } | null {
  const m = /^(>=|<=|>|<|~)?(\d+(?:\.\d+)?)$/.exec(value);
  if (!m) return null;
  const n = Number(m[2]);
  switch (m[1]) {
    // “More than 2,000” beside “2,000” is rounding, not a clash: the bound itself is allowed.
    case ">":
    case ">=":
      return { lo: n, hi: Infinity };
    case "<":
    case "<=":
      return { lo: 0, hi: n };
    case "~":
      return { lo: n * (1 - APPROXIMATE_SPREAD), hi: n * (1 + APPROXIMATE_SPREAD) };
    default:
      return { lo: n, hi: n };
  }
}

/**
 * Whether two count values can both be true: equal, or both numeric with
 * overlapping intervals (“1400” / “~1400”). “~1400” / “>2000” cannot, nor can
 * "2" / "3". A vague word (“hundreds”) is compatible with nothing but itself.
 */
export function countsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const x = countInterval(a);
  const y = countInterval(b);
  return x !== null && y !== null && x.lo <= y.hi && y.lo <= x.hi;
}
