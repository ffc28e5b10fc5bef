/**
 * When two titles of one person cannot both be right. Titles mostly differ
 * in wording only (“Ontario MPP” / “Ontario Congressman”, a translation),
 * but two ministries are two jobs: “Labour Minister Rohan Feeney” in one
 * outlet and “Transportation Minister Rohan Feeney” in another is an error
 * in one of them; so are two ranks in one company (chief executive / chief
 * operating officer).
 */

/** Words before “Minister” that say its rank or time, not its ministry. */
const NOT_PORTFOLIO = new Set(["prime", "deputy", "associate", "junior", "senior", "cabinet", "federal", "provincial", "state", "acting", "interim", "new", "the"]);

/**
 * The ministry a title names, lower case: “Labour Minister” → "labour",
 * “Minister of Transportation” → "transportation", “federal Health Minister”
 * → "health"; null for “Minister”, “Prime Minister” or a title with no minister.
 */
export function portfolioOf(title: string): string | null {
  const t = title.toLowerCase().replace(/[’']s\b/g, "");
  const of = /\bminister\s+(?:of|for)\s+(?:the\s+)?([a-z -]+)$/.exec(t)?.[1];
  const before = /(?:^|\s)([a-z-]+(?:\s+[a-z-]+)?)\s+minister$/.exec(t)?.[1];
  const words = (of ?? before ?? "").split(/\s+/).filter((w) => w && !NOT_PORTFOLIO.has(w));
  return words.length > 0 ? words.join(" ") : null;
}

/**
 * Whether two titles of one person clash: two different ministries, unless
 * either is a former post (“former Labour Minister”). “Unity MPP” /
 * “Unity Congressman” and “Minister” / “Labour Minister” do not.
 */
export function rolesClash(a: string, b: string): boolean {
  if (/\b(?:former|ex-|then)\b/i.test(`${a} ${b}`)) return false;
  const pa = portfolioOf(a);
  const pb = portfolioOf(b);
  if (pa !== null && pb !== null && pa !== pb) return true;
  const ra = ranksOf(a);
  const rb = ranksOf(b);
  return ra.size > 0 && rb.size > 0 && ![...ra].some((r) => rb.has(r));
}

/** Executive ranks in one company; a president is its chief executive as often as not. */
const RANKS: readonly (readonly [string, RegExp])[] = [
  ["vp", /\bvice[- ]president\b/i],
  ["ceo", /\b(?:chief executive|ceo)\b|(?<!vice[- ])\bpresident\b/i],
  ["coo", /\b(?:chief operating officer|coo)\b/i],
  ["cfo", /\b(?:chief financial officer|cfo)\b/i],
];

/**
 * The executive ranks a title names: “president and chief executive” →
 * {ceo}, “vice-president of communications” → {vp}, “Orlan chief operating
 * officer” → {coo}. Two titles of one person with no rank in common clash.
 */
function ranksOf(title: string): Set<string> {
  return new Set(RANKS.filter(([, re]) => re.test(title)).map(([rank]) => rank));
}
