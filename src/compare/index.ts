import type { Article, Comparison, Statement } from "../schema/index.js";

// PLACEHOLDER (being replaced in this session).
export function compareStatements(_articles: Article[], _statements: Statement[], _textOf: Map<string, string>): Comparison[] {
  return [];
}
