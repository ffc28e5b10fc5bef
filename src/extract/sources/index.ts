import type { SourceStatement } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";

// PLACEHOLDER (being replaced in this session).
export function extractSources(_ctx: ArticleContext): StageResult<SourceStatement[]> {
  return { value: [], diagnostics: [] };
}
