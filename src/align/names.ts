/**
 * Canonical speaker names across a corpus: spellings of one name that differ
 * by a letter, a surname alone, a fuller form — all become the fullest form.
 */
import { similarName } from "./similarity.js";

/** Honorifics dropped before names are compared ("Mr. Dong" is "Dong"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "hon"]);

/** Name words folded: lower case, accents and periods gone, honorifics dropped. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0 && !HONORIFICS.has(w));
}

/**
 * Two name words are one spelling when they are equal or, for words of five
 * letters or more, nearly so: "Jagmeet" / "Jagmet" (Jaro-Winkler ≥ 0.93).
 * Short words must match exactly — "Dong" / "Dony" may be two people.
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  return similarName(a, b) >= 0.93;
}

/**
 * True when every word of `short` matches a word of `long` in the same order
 * and the last words match: "Dong" within "Han Dong", "Jagmeet Singh" within
 * "Jagmeet Singh", but not "Han" within "Han Dong" (a given name alone names
 * nobody for sure).
 */
export function nameWithin(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  const lastS = short[short.length - 1] ?? "";
  const lastL = long[long.length - 1] ?? "";
  if (!sameNameWord(lastS, lastL)) return false;
  let j = 0;
  for (const w of long) {
    if (j < short.length && sameNameWord(short[j] ?? "", w)) j++;
  }
  return j === short.length;
}

/**
 * For each distinct name, the canonical form: the fullest name in `names` it
 * lies within, when that fullest name is the only candidate. "Dong" with
 * "Han Dong" in the corpus → "Han Dong"; "Michael" with "Michael Kovrig" and
 * "Michael Spavor" stays "Michael" (surname rule fails, and it is ambiguous).
 * Among equally full candidates the most frequent spelling wins.
 */
export function canonicalNames(names: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const distinct = [...counts.keys()];
  const words = new Map(distinct.map((n) => [n, nameWords(n)]));
  const out = new Map<string, string>();
  for (const name of distinct) {
    const w = words.get(name) ?? [];
    const covering = distinct.filter((other) => nameWithin(w, words.get(other) ?? []));
    const maxLen = Math.max(...covering.map((c) => (words.get(c) ?? []).length));
    const fullest = covering.filter((c) => (words.get(c) ?? []).length === maxLen);
    // Two different full names claim this one ("Michael" → Kovrig or Spavor): leave it.
    const head = words.get(fullest[0] ?? name) ?? [];
    if (!fullest.every((c) => nameWithin(words.get(c) ?? [], head))) {
      out.set(name, name);
      continue;
    }
    fullest.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || distinct.indexOf(a) - distinct.indexOf(b));
    out.set(name, fullest[0] ?? name);
  }
  return out;
}
