/**
 * Align stage: corpus-level canonical speaker names. Quote grouping across
 * outlets lives in ./group.ts and is called by the compare stage.
 */
import type { Statement } from "../schema/index.js";
import { canonicalNames } from "./names.js";

/**
 * Statements with every speaker name replaced by its corpus-canonical form:
 * near-identical spellings, a surname alone and fuller forms of one person
 * become the fullest form the corpus gives ("Dong" → "Han Dong" when one
 * article names "Han Dong"; "Singh" → "Jagmeet Singh"). Pure: returns new
 * objects, the input is untouched.
 */
export function alignSpeakers(statements: Statement[]): Statement[] {
  const names: string[] = [];
  for (const s of statements) {
    if ((s.kind === "quote" || s.kind === "claim") && s.speaker) names.push(s.speaker);
  }
  const canonical = canonicalNames(names);
  return statements.map((s) => {
    if ((s.kind === "quote" || s.kind === "claim") && s.speaker) {
      return { ...s, speaker: canonical.get(s.speaker) ?? s.speaker };
    }
    return { ...s };
  });
}
