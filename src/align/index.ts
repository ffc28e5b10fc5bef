import type { Statement } from "../schema/index.js";

// PLACEHOLDER (being replaced in this session): speakers as extracted.
export function alignSpeakers(statements: Statement[]): Statement[] {
  return statements;
}
