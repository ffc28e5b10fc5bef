import type { ClaimStatement, Quote } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";
import { splitSentences } from "../../segment/sentences.js";
import { collectPeople, forkPeople, type People } from "../speakers/people.js";
import { resolveSubject } from "../speakers/resolve.js";
import { findReported } from "./reported.js";
import { isBarePlural } from "../speakers/bare-plural.js";

/**
 * Reported speech without quotation marks, as `claim` statements with a
 * speaker and cue (topic and value null): "Dong denied that he advised
 * Beijing to delay …" gives the claim "he advised Beijing to delay …", spoken
 * by Han Dong, cue "denied". Ids are `<article>:r<n>` in text order; spans
 * cover the reported clause. `quotes` are the article's quotations: a clause
 * that holds one is left to it; `known` are the article's people when the
 * caller has read them already.
 */
export function extractClaims(ctx: ArticleContext, quotes: Quote[], known?: People): StageResult<ClaimStatement[]> {
  const { article, text } = ctx;
  const marks = quotes.map((q) => ({ start: q.start - 1, end: q.end + 1 }));
  const people = known ? forkPeople(known) : collectPeople(text, article.paragraphs, marks);
  const value: ClaimStatement[] = [];
  for (const p of article.paragraphs) {
    for (const s of splitSentences(text, p)) {
      for (const r of findReported(text, s, marks)) {
        const phrase = r.subject ? text.slice(r.subject.start, r.subject.end) : null;
        value.push({
          id: `${article.id}:r${value.length + 1}`,
          article: article.id,
          file: article.file,
          kind: "claim",
          text: text.slice(r.clause.start, r.clause.end),
          start: r.clause.start,
          end: r.clause.end,
          speaker: phrase && r.subject ? (resolveSubject(phrase, r.subject.start, people, null) ?? describedSpeaker(phrase)) : null,
          cue: { start: r.verb.start, end: r.verb.end, text: text.slice(r.verb.start, r.verb.end) },
          topic: null,
          value: null,
        });
      }
    }
  }
  return { value, diagnostics: [] };
}

/** Words that point at a speaker without describing one: "they said …" names nobody. */
const NO_DESCRIPTION = /^(?:he|she|they|it|we|i|you|who|which|that|this|these|those|some|many|others?|one)$/i;

/**
 * The subject phrase itself, when it describes who spoke and no name stands
 * behind it: "Prosecutors said the man had planned it" → "Prosecutors",
 * "A veteran rail engineer said …" → "A veteran rail engineer", "…, officials
 * said" → "officials". A reader
 * comparing outlets needs to see who is said to have said it; pronouns and
 * bare quantifiers say nothing and stay null.
 */
function describedSpeaker(phrase: string): string | null {
  const t = phrase.trim().replace(/[,;:]+$/, "");
  if (t === "" || NO_DESCRIPTION.test(t) || t.split(/\s+/).length > 8) return null;
  return /^(?:\p{Lu}|the\s|a\s|an\s)/u.test(t) || isBarePlural(t) ? t : null;
}
