import { NAMES_NEEDING_ARTICLE, NEWS_OUTLET_NAMES } from "../../data/news-outlets.js";
import { organisationName, wordKey } from "./names.js";

/** Last words of outlet names: "Metro News", "the Harbour Times". */
const OUTLET_HEADS = new Set([
  "news", "times", "post", "press", "journal", "herald", "globe", "mail", "star", "tribune", "reporter",
  "radio", "tv", "television", "network", "broadcasting", "gazette", "sun", "telegraph", "guardian",
  "observer", "daily", "magazine", "wire",
]);
/** Outlets known by name ("the BBC", "Japan's NHK", "Reuters"), except one-word names that are also common words. */
const KNOWN_OUTLETS: ReadonlySet<string> = new Set(NEWS_OUTLET_NAMES.filter((n) => !NAMES_NEEDING_ARTICLE.has(n)));

/**
 * Whether a capitalised run that names no person names an outlet: it ends in
 * a news word ("Metro News"), ends in a known outlet's name ("Canada's CBC"),
 * or publishes ("Eastbank Daily reported …").
 */
export function isOutletRun(text: string, run: string, end: number): boolean {
  const words = run.replace(/[’']s$/, "").split(/\s+/);
  if (OUTLET_HEADS.has(wordKey(words[words.length - 1] ?? ""))) return true;
  if (words.some((_, i) => KNOWN_OUTLETS.has(words.slice(i).join(" ")))) return true;
  return /^\s+(?:also\s+|had\s+|has\s+)*(?:reported|reports|published|cited)\b/.test(text.slice(end, end + 30));
}

/** The outlet an outlet run names: "Canada's CBC" → "CBC" (the proper name after a possessive place), "The Metro Post" → "Metro Post". */
export function outletNameOf(run: string): string {
  const bare = run.replace(/^(?:The|A|An|In|On|At|But|And|As|According to|Citing|Last|Earlier)\s+/, "");
  return organisationName(bare.replace(/^[\p{Lu}][\p{L}.]*[’']s\s+(?=\p{Lu})/u, ""));
}
