import type { ClaimStatement, Quote } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";

// PLACEHOLDER (being replaced in this session).
export function extractClaims(_ctx: ArticleContext, _quotes: Quote[]): StageResult<ClaimStatement[]> {
  return { value: [], diagnostics: [] };
}
