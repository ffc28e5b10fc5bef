/**
 * Align stage: corpus-level canonical speaker names. Quote grouping across
 * outlets lives in ./group.ts and is called by the compare stage.
 */
import type { Statement } from "../schema/index.js";
import { canonicalNames } from "./names.js";
import { storiesByNames } from "./stories.js";
import { attributeEchoes } from "./echoes.js";

/**
 * Statements with every speaker name replaced by its corpus-canonical form:
 * near-identical spellings, a surname alone and fuller forms of one person
 * become the fullest form the corpus gives ("Dong" → "Han Dong" when one
 * article of the same story names "Han Dong"; "Singh" → "Jagmeet Singh"),
 * and short quotations echoing a longer one take its speaker (see echoes.ts). Pure: returns new
 * objects, the input is untouched.
 */
export function alignSpeakers(statements: Statement[]): Statement[] {
  // Names are merged within a story only: see stories.ts.
  const storyOf = storiesByNames(statements);
  const names = new Map<number, string[]>();
  for (const s of statements) {
    if ((s.kind !== "quote" && s.kind !== "claim") || !s.speaker) continue;
    const story = storyOf.get(s.article) ?? -1;
    const list = names.get(story) ?? [];
    list.push(s.speaker);
    names.set(story, list);
  }
  const canonical = new Map([...names].map(([story, list]) => [story, canonicalNames(list)]));
  const named = statements.map((s) => {
    if ((s.kind === "quote" || s.kind === "claim") && s.speaker) {
      const speaker = canonical.get(storyOf.get(s.article) ?? -1)?.get(s.speaker) ?? s.speaker;
      return { ...s, speaker };
    }
    return { ...s };
  });
  return attributeEchoes(named, storyOf);
}
