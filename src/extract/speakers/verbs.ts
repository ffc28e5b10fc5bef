import type { Span } from "../../schema/index.js";
import { PARTICLE_VERBS, REPORTING_VERB_BASE } from "../../data/reporting-verbs.js";

/** A reporting verb found in the text: "said", "had tweeted" counts from "tweeted", "called for" includes its particle. */
export interface VerbHit extends Span {
  base: string;
}

/** A determiner, maybe then a year or number, before the word: "his alleged role", "a 2019 report". */
const DETERMINERS = /\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|of|in|for)\s+(?:[\d,.]+\s+)?$/i;
/** -s forms that are also plural nouns ("interference claims were", "media reports"). */
const NOUN_LIKE = /^(?:claims|reports|notes|posts|remarks|comments|answers|quotes|promises|tweets|replies|vows|recalls|stresses|counters|calls|points|mentions|warnings|statements|states|cites|asks|charges)$/;
const WORD_RE = /[A-Za-z]+/g;
/** Base forms that are also nouns: "the city's planning report", "a police report", "his final answer". */
export const NOUN_BASES: ReadonlySet<string> = new Set(["report", "comment", "answer", "reply", "claim", "post", "tweet", "note", "quote", "promise", "vow", "remark", "warning", "testify", "counter"]);
/** Words a base-form verb follows: "they report", "will report", "officials say", "to answer". */
const BEFORE_BASE_VERB = /(?:\b(?:i|we|you|they|will|would|can|could|should|may|might|must|do|does|did|to|not|also|often|still|now)|[a-z]s|\b(?:people|police|staff|media|children|men|women))\s+$/;
/** Reporting verbs that are also the name of a medium: "by email", "via text", "over tweet". */
const MEDIUM_NOUNS = new Set(["email", "text", "tweet", "post"]);

/**
 * Reporting verbs in `text[from, to)` outside `skip` spans, in order.
 * A form after a determiner is an adjective or noun, not a cue ("his alleged
 * involvement", "the report"), and one after "to" is an infinitive ("how to
 * respond"); an -s form that is also a plural noun needs a
 * name or pronoun before it ("Dong claims" yes, "interference claims were" no);
 * "according to" and "as saying" are cues too.
 */
export function findVerbs(text: string, from: number, to: number, skip: readonly Span[]): VerbHit[] {
  const hits: VerbHit[] = [];
  const slice = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    const start = from + m.index;
    if (skip.some((s) => start >= s.start && start < s.end)) continue;
    const hit = verbAt(text, start, m[0], to);
    if (hit) hits.push(hit);
  }
  return hits;
}

function verbAt(text: string, start: number, word: string, to: number): VerbHit | null {
  const end = start + word.length;
  if (word.toLowerCase() === "according" && /^\s+to\b/.test(text.slice(end, end + 4))) {
    return { start, end: end + 3, base: "according" };
  }
  if (/^[A-Z]/.test(word)) return null; // "Said" opening a headline is rare; a name like "Post" is common
  const base = REPORTING_VERB_BASE.get(word);
  if (!base) return null;
  const before = text.slice(Math.max(0, start - 18), start);
  // "how to respond to the inquiries", "in his turn to answer": an infinitive is no cue; "a 2019 report" is a noun.
  if (DETERMINERS.test(before) || /\bto\s+$/.test(before)) return null;
  // "told the Harbour Times by email", "reached via text": a medium after "by" is a noun, not a verb.
  // "his teammate was being yelled at", "had been told": a passive reports no words of its subject's.
  if (/\b(?:being|been)\s+$/i.test(before) && /(?:ed|told|written)$/.test(word)) return null;
  // "will maintain a presence in the area": "maintain" with an object is no cue ("maintained that …" is).
  if (base === "maintain" && /^\s+(?:a|an|the)\s/.test(text.slice(end, end + 6))) return null;
  if (MEDIUM_NOUNS.has(base) && /\b(?:by|via|over)\s+$/i.test(before)) return null;
  // "The city’s 212-page planning report, released Jan. 9, …": a base form after a modifier is a noun.
  if (word === base && NOUN_BASES.has(base) && /[a-z]\s+$/.test(before) && !BEFORE_BASE_VERB.test(before)) return null;
  if (NOUN_LIKE.test(word) && !/(?:[A-Z][\w’']*|\b(?:he|she|it|who|which|also))\s+$/.test(before) && !invertedAfterComma(text, start, end)) return null;
  const particle = PARTICLE_VERBS.get(base);
  if (particle) {
    const m = new RegExp(`^\\s+${particle}\\b`).exec(text.slice(end, Math.min(to, end + 10)));
    if (!m) return null;
    return { start, end: end + m[0].length, base };
  }
  return { start, end, base };
}

/**
 * An -s form that opens an inverted cue is a verb: right after a quotation's
 * closing “,” (“…,” notes Vega; “…,” points out the owner), or between a
 * comma and a capitalised name ("…, asks Harbour Review editor Luis Vega, “…”").
 */
function invertedAfterComma(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  if (/,[”"’]\s+$/.test(before)) return true;
  return /,\s+$/.test(before) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
}
