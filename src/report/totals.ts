import type { Article, Comparison, Statement, Totals } from "../schema/index.js";

/** The counts the report's summary line and the JSON `totals` show. */
export function countTotals(articles: Article[], statements: Statement[], comparisons: Comparison[]): Totals {
  const verdicts = { agree: 0, differ: 0, contradict: 0, single: 0 };
  for (const c of comparisons) verdicts[c.verdict]++;
  return {
    articles: articles.length,
    statements: statements.length,
    quotes: statements.filter((s) => s.kind === "quote").length,
    comparisons: comparisons.length,
    ...verdicts,
  };
}
