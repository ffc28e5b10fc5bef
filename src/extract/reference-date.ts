import type { Article } from "../schema/index.js";

/**
 * The publication day most articles give (ties: the earliest), for articles
 * that state none. An undated copy of the Han Dong story is read against the
 * day the others were published, so its "Wednesday" is the same Wednesday.
 */
export function consensusDate(articles: Article[]): string | null {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const day = a.published?.slice(0, 10);
    if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [day, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (n > bestCount) [best, bestCount] = [day, n];
  }
  return best;
}
