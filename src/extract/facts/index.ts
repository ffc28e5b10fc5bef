/**
 * Facts with values that outlets may state differently: the order of two
 * events and what a person left. Each is a `claim` statement with a topic
 * and a value, which the compare stage aligns by topic.
 */
import type { ClaimStatement, Quote } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";
import { splitSentences } from "../../segment/sentences.js";
import { collectPeople, forkPeople, type People } from "../speakers/people.js";
import { peopleSpans } from "../article-people.js";
import type { FactHit } from "./fact-hit.js";
import { findMembershipFacts } from "./membership.js";
import { findOrderFacts } from "./order.js";

/** Cheap tests that a paragraph or sentence may hold a fact, so most text is never tokenised. */
const ORDER_CUE = /\b(?:before|after|following|just as|at the same (?:time|moment)|simultaneously|ahead of|prior to)\b/i;
const LEAVE_CUE = /\b(?:resign|leav|left|quit|exit|withdr|defect|departure)/i;
const CUE = new RegExp(`${ORDER_CUE.source}|${LEAVE_CUE.source}`, "i");

/**
 * Order and membership facts in the headline and paragraphs, outside
 * quotation marks, as claims with ids `<article>:f<n>` in text order.
 * “Dong has left the Liberal caucus” → topic "left:liberal@Han Dong",
 * value "caucus"; speaker and cue are null (the outlet states the fact).
 * `known` are the article's people (read over {@link peopleSpans}) when the
 * caller has read them already.
 */
export function extractFacts(ctx: ArticleContext, quotes: Quote[], known?: People): StageResult<ClaimStatement[]> {
  const { article, text } = ctx;
  const marks = quotes.map((q) => ({ start: q.start - 1, end: q.end + 1 }));
  const spans = peopleSpans(ctx);
  if (!spans.some((p) => CUE.test(text.slice(p.start, p.end)))) return { value: [], diagnostics: [] };
  const people = known ? forkPeople(known) : collectPeople(text, spans, marks);
  const hits: FactHit[] = [];
  for (const p of spans) {
    if (!CUE.test(text.slice(p.start, p.end))) continue;
    for (const s of splitSentences(text, p)) {
      const sentence = text.slice(s.start, s.end);
      const order = ORDER_CUE.test(sentence) ? findOrderFacts(text, s, people) : [];
      const membership = LEAVE_CUE.test(sentence) ? findMembershipFacts(text, s, people) : [];
      for (const hit of [...order, ...membership]) {
        if (!marks.some((m) => hit.start >= m.start && hit.start < m.end)) hits.push(hit);
      }
    }
  }
  hits.sort((x, y) => x.start - y.start || x.end - y.end);
  const value = hits.map((hit, i): ClaimStatement => ({
    id: `${article.id}:f${i + 1}`,
    article: article.id,
    file: article.file,
    kind: "claim",
    text: text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    speaker: null,
    cue: null,
    topic: hit.topic,
    value: hit.value,
  }));
  return { value, diagnostics: [] };
}
