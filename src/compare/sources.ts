/**
 * Sources across outlets: the same normalised source name cited by several
 * articles ("Global News", "national security sources") is one comparison.
 */
import type { SourceStatement } from "../schema/index.js";
import { foldWord } from "../align/normalize.js";
import { INSTITUTION_ACRONYMS } from "../data/entity-words.js";

/**
 * "The Global News" and "Global News’" both → "global news": case, articles
 * and apostrophes set aside; a known acronym is spelled out ("PMO" → "prime
 * minister office", one source with “the Prime Minister’s Office”).
 */
export function sourceKey(name: string): string {
  return (INSTITUTION_ACRONYMS.get(name.trim()) ?? name)
    .split(/[^\p{L}\p{N}']+/u)
    .map(foldWord)
    .map((w) => w.replace(/'s?$/, ""))
    .filter((w) => w.length > 0 && w !== "the")
    .join(" ");
}

/**
 * Whether a source's name is only a generic description: one lower-case
 * common noun ("company", "audit", "ministry") that the article could not
 * tie to a named body. Two outlets' "the company" need not be one company.
 */
export function isGenericSource(name: string): boolean {
  return /^[a-z][a-z-]*$/.test(name.trim());
}

/**
 * The key that makes statements one source across articles: {@link sourceKey},
 * kept to its own article for a generic description, which may not agree
 * across outlets ("the company" in two stories about two firms).
 */
export function sourceGroupKey(s: SourceStatement): string {
  const key = sourceKey(s.source);
  return key && isGenericSource(s.source) ? `${key}\u0000${s.article}` : key;
}

/** Source statements grouped by {@link sourceGroupKey}, groups in order of first appearance. */
export function groupSources(sources: SourceStatement[]): SourceStatement[][] {
  const by = new Map<string, SourceStatement[]>();
  for (const s of sources) {
    const key = sourceGroupKey(s);
    if (!key) continue;
    const list = by.get(key);
    if (list) list.push(s);
    else by.set(key, [s]);
  }
  return [...by.values()];
}
