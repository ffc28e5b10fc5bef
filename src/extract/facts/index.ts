/**
 * Facts with values that outlets may state differently: the order of two
 * events, what a person left, how many there were and a person's title. Each is a `claim` statement with a topic
 * and a value, which the compare stage aligns by topic.
 */
import type { ClaimStatement, Quote, Span } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";
import { splitSentences } from "../../segment/sentences.js";
import { collectPeople, forkPeople, type People } from "../speakers/people.js";
import { peopleSpans } from "../article-people.js";
import type { FactHit } from "./fact-hit.js";
import { findMembershipFacts } from "./membership.js";
import { findOrderFacts } from "./order.js";
import { dropAmbiguousCounts, findCountFacts } from "./count.js";
import { findRoleFacts } from "./role.js";
import { findAgeFacts } from "./age.js";
import { findPercentFacts } from "./percent.js";
import { findAmountFacts } from "./amounts.js";
import { dropStrayTerms, findTermFacts } from "./term.js";
import { TITLE_WORDS } from "../../data/titles.js";

/** Cheap tests that a paragraph or sentence may hold a fact, so most text is never tokenised. */
const ORDER_CUE = /\b(?:before|after|following|just as|at the same (?:time|moment)|simultaneously|ahead of|prior to)\b/i;
const LEAVE_CUE = /\b(?:resign|leav|left|quit|exit|withdr|defect|departure)/i;
const COUNT_CUE = /(?:^|\s)(?:\d{1,4}|\d{1,3}(?:,\d{3})+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|dozen|hundreds?) /i;
/** An executive's title after a name: “Gideon Marsh, the company's president and chief executive,”. */
const EXECUTIVE_CUE = /,\s[^,]{0,40}\b(?:chief executive|chief operating|chief financial|vice[- ]president|president)\b/i;
/** A title word before a capitalised word: “leader Ana”, “CFO Ana”, “Minister Ana”. */
const ROLE_CUE = new RegExp(`\\b(?:${[...TITLE_WORDS].map(anyCase).join("|")})\\.? +\\p{Lu}`, "u");
/** An age after a name or before a person noun: “Renwick, 58,” / “a 24-year-old firefighter”. */
const AGE_CUE = /,\s\d{1,3}[,.;]|\(\d{1,3}\)|\d-year-old\b/;
/** A prison term: “a 12-year sentence”, “sentenced him to 12 years”. */
const TERM_CUE = /-(?:year|month)\s+(?:\w+\s+)?(?:sentence|term)\b|\bsentenced\b/i;
/** A percentage: “13.5 per cent”, “21%”. */
const PERCENT_CUE = /\d(?:\s?%|\s+per\s?cent\b|\s+percent\b)/i;
/** A tally, a sum of dollars or a hyphenated measure: “voted 8-5”, “$410 million”, “the 1,240-metre level”. */
const AMOUNT_CUE = /\d[-–]\d|\$\s?\d|\d-(?:metre|meter|foot|feet|kilomet|km|mile|stor|hectare|acre|ton)/i;
const CUE = new RegExp(`${ORDER_CUE.source}|${LEAVE_CUE.source}|${COUNT_CUE.source}|${AGE_CUE.source}|${TERM_CUE.source}|${PERCENT_CUE.source}|${AMOUNT_CUE.source}`, "i");

/** A title word's alternation in lower, capitalised and upper case (titles hold letters and hyphens only): "ceo" → "ceo|Ceo|CEO". */
function anyCase(w: string): string {
  return `${w}|${w.charAt(0).toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`;
}

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
  const roles = spans.some((p) => ROLE_CUE.test(text.slice(p.start, p.end)) || EXECUTIVE_CUE.test(text.slice(p.start, p.end)));
  if (!roles && !spans.some((p) => CUE.test(text.slice(p.start, p.end)))) return { value: [], diagnostics: [] };
  const people = known ? forkPeople(known) : collectPeople(text, spans, marks);
  const found: FactHit[] = roles ? findRoleFacts(text, people) : [];
  for (const p of spans) {
    if (CUE.test(text.slice(p.start, p.end))) found.push(...findSentenceFacts(text, p, people));
  }
  const hits = dropStrayTerms(dropAmbiguousCounts(found.filter((hit) => !marks.some((m) => hit.start >= m.start && hit.start < m.end))));
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

/** Order, membership and count facts in the sentences of one paragraph, each finder run only where its cue stands. */
function findSentenceFacts(text: string, p: Span, people: People): FactHit[] {
  const hits: FactHit[] = [];
  for (const s of splitSentences(text, p)) {
    const sentence = text.slice(s.start, s.end);
    if (ORDER_CUE.test(sentence)) hits.push(...findOrderFacts(text, s, people));
    if (LEAVE_CUE.test(sentence)) hits.push(...findMembershipFacts(text, s, people));
    if (COUNT_CUE.test(sentence)) hits.push(...findCountFacts(text, s));
    if (AGE_CUE.test(sentence)) hits.push(...findAgeFacts(text, s, people));
    if (TERM_CUE.test(sentence)) hits.push(...findTermFacts(text, s, people));
    if (PERCENT_CUE.test(sentence)) hits.push(...findPercentFacts(text, s));
    if (AMOUNT_CUE.test(sentence)) hits.push(...findAmountFacts(text, s));
  }
  return hits;
}
