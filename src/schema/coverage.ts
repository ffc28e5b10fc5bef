import * as z from "zod";

/**
 * What one article shares with the others and what only it reports.
 * Counts are over comparisons (quote utterances, dates, facts, sources) and
 * over the article's statements that no other article's statement joins.
 */
export const CoverageArticleSchema = z.object({
  article: z.string(),
  /** Comparisons this article carries together with at least one other article. */
  shared: z.number().int(),
  /** Of those, the ones whose verdict is contradict. */
  contradicted: z.number().int(),
  /** Comparisons only this article carries (verdict single): a quote or source no other outlet gives. */
  exclusive: z.array(z.string()),
  /** Statements (quotes, valued dates and facts, sources) in no comparison with another article. */
  unmatched: z.number().int(),
});
export type CoverageArticle = z.infer<typeof CoverageArticleSchema>;

/** Per-article coverage, in article order. */
export const CoverageSchema = z.object({
  articles: z.array(CoverageArticleSchema),
});
export type Coverage = z.infer<typeof CoverageSchema>;
