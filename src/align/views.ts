/**
 * Comparable views of quotes: their words (with offsets), content stems and
 * word shingles, built once per quote so grouping never re-tokenises.
 */
import type { Quote } from "../schema/index.js";
import { tokenizeWords, type WordToken } from "./normalize.js";
import { stemWord } from "./similarity.js";
import { isContentWord } from "./stopwords.js";

/** A quote prepared for comparison; `tokens` index the file, `norms[i]` is `tokens[i].norm`. */
export interface QuoteView {
  quote: Quote;
  tokens: WordToken[];
  norms: string[];
  /** Porter stems of content words: "their interests" → {"interest"}. */
  stems: Set<string>;
}

/** Shingle length: a run of this many words shared verbatim links two renderings. */
export const SHINGLE = 4;

/**
 * The view of one quote. Its text is tokenised from `quote.text`, offsets
 * shifted by `quote.start`, so token spans index the file.
 */
export function viewQuote(quote: Quote): QuoteView {
  const tokens = tokenizeWords(quote.text, quote.start);
  const norms = tokens.map((t) => t.norm);
  const stems = new Set(norms.filter(isContentWord).map(stemWord));
  return { quote, tokens, norms, stems };
}

/**
 * Keys of the word shingles (runs of {@link SHINGLE} words) that hold at least
 * two content words: "cause them any harm" counts, "i will be the" does not,
 * since any two speeches share runs of function words.
 */
export function contentShingles(norms: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= norms.length; i++) {
    const run = norms.slice(i, i + SHINGLE);
    if (run.filter(isContentWord).length >= 2) out.push(run.join(" "));
  }
  return out;
}
