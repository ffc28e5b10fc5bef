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

/** How many shown groups each report section counts: meaning changes and pure wording differences. */
export interface ChangeCounts {
  meaning: number;
  wording: number;
}

/** A group with a meaning-changing pair that does not contradict: “I will attend” / “I will not attend”. */
export function isMeaningChange(c: Comparison): boolean {
  return c.verdict !== "contradict" && c.pairs.some((p) => p.relation === "meaning");
}

/**
 * Meaning changes and wording differences as the report's sections count
 * them: a `differ` group with a meaning pair is a meaning change only, so
 * the two numbers add up to `totals.differ` (every `differ` group once).
 */
export function countChanges(comparisons: Comparison[]): ChangeCounts {
  const meaning = comparisons.filter(isMeaningChange).length;
  const wording = comparisons.filter((c) => c.verdict === "differ" && !isMeaningChange(c)).length;
  return { meaning, wording };
}
