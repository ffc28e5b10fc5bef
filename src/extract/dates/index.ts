import type { DateStatement } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";

// PLACEHOLDER (being replaced in this session).
export function extractDates(_ctx: ArticleContext): StageResult<DateStatement[]> {
  return { value: [], diagnostics: [] };
}
