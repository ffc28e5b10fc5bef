/**
 * How common a content stem is across the corpus' articles: the share of
 * articles whose text holds it. Rare stems are evidence that two short
 * renderings take the same words ("affiliate" in two articles of fifty);
 * common ones are not ("allegations" in all of them).
 */
import { tokenizeWords } from "./normalize.js";
import { stemWord } from "./similarity.js";
import { isContentWord } from "./stopwords.js";

/**
 * Share of the other articles holding a stem besides one, in [0, 1]: a stem
 * in one or no article is 0, in every article 1. Counting "besides one" keeps
 * small corpora sensible: in three articles, a word two of them hold is 0.5.
 */
export type Rarity = (stem: string) => number;

/**
 * Builds the document-frequency measure of each content stem over `texts`
 * (one entry per article). An empty corpus makes every stem rare.
 */
export function measureRarity(texts: string[]): Rarity {
  const df = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const t of tokenizeWords(text)) {
      if (isContentWord(t.norm)) seen.add(stemWord(t.norm));
    }
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const others = Math.max(1, texts.length - 1);
  return (stem) => Math.max(0, (df.get(stem) ?? 0) - 1) / others;
}
