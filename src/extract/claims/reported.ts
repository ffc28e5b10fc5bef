import type { Span } from "../../schema/index.js";
import { CLAUSE_VERBS, DIRECTIVE_VERBS } from "../../data/reporting-verbs.js";
import type { VerbHit } from "../speakers/verbs.js";
import { findVerbs } from "../speakers/verbs.js";
import { clauseSubject, subjectBefore } from "../speakers/subject.js";
import { findTrailing, opensWithAppositive } from "./trailing.js";
import { BARE_CLAUSE_VERBS, bareClauseStart } from "./bare-clause.js";

/** One reported statement: who (the subject phrase), the verb, and the reported clause. */
export interface ReportedClause {
  subject: Span | null;
  verb: VerbHit;
  clause: Span;
}

/** A name or description that ends the sentence, maybe with its own description: " Ana Silva, the agency's chief." */
const INVERTED_SUBJECT = /^\s+(?:\p{Lu}|(?:the|a|an)\s)[^,;:“”".!?]{0,60}(?:,[^;:“”"]*)?[.!?”"’]*\s*$/u;

/** Who was told: “told reporters”, “told the court”, “told CBC News”, “told him”. */
const LISTENER = /^\s+(?:him|her|them|us|me|reporters|investigators|police|officers|jurors|court|parliament|(?:the|a|an)\s+[\p{L}-]+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)(?=\s)/u;

/**
 * Who is asked or advised, up to the "to" that opens what they are asked:
 * " people never to use", " residents to conserve", " the court to dismiss",
 * " Canadians not to travel". The reported statement starts at "never"/"not"/"to".
 */
const DIRECTED = /^\s+(?:him|her|them|us|me|you|everyone|people|residents|customers|members|voters|parents|drivers|travellers|travelers|\p{Ll}+s|(?:the|all|local|its|his|her|their|our|some|other)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+(?=(?:not\s+|never\s+)?to\s+\p{Ll})/u;

/**
 * Reported speech in one sentence `s`, outside `quotes`:
 * "Dong denied that he advised Beijing to delay …" → clause "he advised Beijing to delay …";
 * "Global News reported that Dong was preferred by Beijing" → "Dong was preferred by Beijing";
 * "He said he has cast several votes …" → "he has cast several votes …";
 * "Dong confirmed to Global that he had a discussion …" ("that" within a few words).
 * A clause runs to the sentence's end, or to the next reporting verb's "that".
 * Clauses that hold a quotation are left to the quotation.
 */
export function findReported(text: string, s: Span, quotes: readonly Span[]): ReportedClause[] {
  const out: ReportedClause[] = [];
  const all = findVerbs(text, s.start, s.end, quotes);
  for (const [i, verb] of all.entries()) {
    if (!(CLAUSE_VERBS.has(verb.base) || DIRECTIVE_VERBS.has(verb.base)) || /[”"’],?\s*$/.test(text.slice(s.start, verb.start))) continue;
    const start = clauseStart(text, verb, s.end, s.start);
    if (start === null) continue;
    const end = clauseEnd(text, start, s.end);
    if (end - start < 12) continue;
    if (quotes.some((q) => q.start < end && q.end > start)) continue;
    const subject = subjectOf(text, s.start, verb, all[i - 1]);
    out.push({ subject, verb, clause: { start, end } });
  }
  // "Prices will rise, the minister said.": the cue comes after its clause.
  if (out.length > 0) return out;
  return findTrailing(text, s, quotes);
}

function clauseStart(text: string, verb: VerbHit, end: number, sentenceStart: number): number | null {
  const after = text.slice(verb.end, end);
  // "found that …", "showed that …": the verb's hit holds its "that" already.
  if (/\sthat$/.test(text.slice(verb.start, verb.end))) return verb.end + (after.length - after.trimStart().length);
  const that = /^(?:\s+(?!that\b)[\p{L}’'-]+){0,5}?\s+that\s+/u.exec(after);
  if (that && !/[,;:]/.test(that[0].slice(0, -6))) return verb.end + that[0].length;
  // "…, said Ana Silva, the agency's chief": an inverted cue, whose clause came before it.
  if (/,\s*$/.test(text.slice(Math.max(0, verb.start - 3), verb.start)) && !opensWithAppositive(text, sentenceStart, verb.start) && INVERTED_SUBJECT.test(after)) return null;
  const bare = BARE_CLAUSE_VERBS.has(verb.base) ? bareClauseStart(after, verb.base) : null;
  if (bare !== null) return verb.end + bare;
  const directive = DIRECTIVE_VERBS.has(verb.base) ? DIRECTED.exec(after) : null;
  if (directive) return verb.end + directive[0].length;
  if (!CLAUSE_VERBS.has(verb.base)) return null;
  // "Vega told investigators he shot first": the listener, then the clause.
  const listener = verb.base === "tell" ? LISTENER.exec(after) : null;
  if (listener && /^\s+(?:he|she|they|it|we|i|there|the|his|her|their|its|most|many|some|all|no|several|both|this|that|these|those|our|my|a|an|\d[\d,]*)\s+[\p{L}’'-]+/iu.test(after.slice(listener[0].length))) {
    return verb.end + listener[0].length + 1;
  }
  return null;
}

function clauseEnd(text: string, start: number, end: number): number {
  const seg = text.slice(start, end);
  // "…, saying it had no merit": a participle after a comma reports again, as a clause of its own.
  const cut = /,\s+(?:according to|he said|she said|they said|saying|adding|noting|explaining|arguing|insisting|warning|stressing)\b|;\s/.exec(seg);
  let e = cut ? start + cut.index : end;
  while (e > start && /[\s.!?,:;]/.test(text[e - 1] ?? "")) e--;
  return e;
}

/**
 * The subject of a reporting verb; a participle after a comma shares the
 * subject of the verb before it: "“…” Dong said, adding that he will work to
 * clear his name" → Dong.
 */
function subjectOf(text: string, floor: number, verb: VerbHit, before: VerbHit | undefined): Span | null {
  const participle = /ing$/.test(text.slice(verb.start, verb.end)) && /,\s*$/.test(text.slice(floor, verb.start));
  const v = participle && before ? before : verb;
  return subjectBefore(text, floor, v.start) ?? clauseSubject(text, floor, v.start);
}
