/**
 * The one module that touches natural: string distances for names and the
 * Porter stemmer for content words. Deep imports only — the package root
 * prints to stdout and reads `.env` files.
 */
import { JaroWinklerDistance } from "natural/lib/natural/distance/index.js";
import { PorterStemmer } from "natural/lib/natural/stemmers/index.js";

/**
 * Jaro-Winkler similarity in [0, 1], case-insensitive; 1 means identical.
 * @example similarName("Jagmeet", "Jagmet") // ≈ 0.97: one dropped letter
 */
export function similarName(a: string, b: string): number {
  return JaroWinklerDistance(a, b, { ignoreCase: true });
}

const stems = new Map<string, string>();

/**
 * Porter stem of a lower-case word, memoised: "interests" → "interest",
 * "elected" → "elect". Used to match renderings that inflect a word
 * differently ("their interest" / "their interests").
 */
export function stemWord(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    stems.set(word, s);
  }
  return s;
}
