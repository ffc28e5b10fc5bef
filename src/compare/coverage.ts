/**
 * Coverage: per article, what it shares with other outlets and what only
 * it reports.
 */
import type { Article, Comparison, Coverage, CoverageArticle, Statement } from "../schema/index.js";

/**
 * Per-article counts from the comparisons, in one pass over each list. A
 * statement is unmatched when no comparison joins it to another article: a
 * quote only this outlet gives, a date or fact nobody else states, a source
 * nobody else cites. Reported speech without a value and “term” quotes are
 * never compared, so they are not counted.
 */
export function measureCoverage(articles: Article[], statements: Statement[], comparisons: Comparison[]): Coverage {
  const rows = new Map<string, CoverageArticle>(
    articles.map((a) => [a.id, { article: a.id, shared: 0, contradicted: 0, exclusive: [], unmatched: 0 }]),
  );
  const matched = new Set<string>();
  for (const c of comparisons) {
    const several = c.articles.length > 1;
    if (several) for (const id of c.statements) matched.add(id);
    for (const id of c.articles) {
      const row = rows.get(id);
      if (!row) continue;
      if (!several) row.exclusive.push(c.id);
      else {
        row.shared++;
        if (c.verdict === "contradict") row.contradicted++;
      }
    }
  }
  for (const s of statements) {
    const row = rows.get(s.article);
    if (row && isComparable(s) && !matched.has(s.id)) row.unmatched++;
  }
  return { articles: [...rows.values()] };
}

function isComparable(s: Statement): boolean {
  switch (s.kind) {
    case "quote":
      return s.quoteKind !== "term";
    case "date":
    case "claim":
      return s.value !== null;
    case "source":
      return true;
  }
}
