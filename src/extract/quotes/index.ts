import type { Quote } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";

// PLACEHOLDER (being replaced in this session).
export function extractQuotes(_ctx: ArticleContext): StageResult<Quote[]> {
  return { value: [], diagnostics: [] };
}
