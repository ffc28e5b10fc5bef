import type { Span } from "../../schema/index.js";
import { CLAUSE_VERBS } from "../../data/reporting-verbs.js";
import { cueAfter, type Cue } from "../speakers/cues.js";
import { phraseAfter } from "../speakers/subject.js";
import { findVerbs, type VerbHit } from "../speakers/verbs.js";
import type { ReportedClause } from "./reported.js";

/** A reported clause has at least this many words: "Prices will rise, she said." has four. */
const MIN_WORDS = 4;
/**
 * What may follow a trailing cue before the sentence ends: nothing, or a
 * short adverbial (“in a statement”, “on Monday”, “to reporters”, “last
 * week”), or a participle that adds to it (“, adding that …”).
 */
const CUE_TAIL = /^\s*(?:(?:in|on|at|to|during|after|before|last|this|from|by|via|outside|earlier|later|late|early|recently|again|also|too|then|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;:“”"]{0,60})?(?:,\s*(?:adding|noting|saying|explaining|citing|pointing|stressing|arguing|insisting|warning)\b.*)?[.!?]?\s*$/isu;
/** The listener after “told” (“told reporters”, “told the court”, “told CBC News”), then the tail. */
const TOLD_TAIL = /^\s+(?:(?:the|a|an)\s+)?(?:[a-z]+|(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})(?=[\s.,]|$)/u;
const AFTER_PREPS: ReadonlySet<string> = new Set(["for", "of"]);

/**
 * Reported speech whose cue comes last: “Both sides are working toward a
 * deal, the minister said.”, “The road should have been visible, Vega
 * testified.”, “Fares will rise next year, said Ana Silva, the agency's
 * chief.”, “Most victims were tourists, according to the agency.” The clause
 * runs from the sentence's start to the comma before the cue. A cue followed
 * by more than a short adverbial is no trailing cue: in “After the vote, he
 * said the plan was dead” the clause comes after the verb, and
 * `findReported` reads it.
 */
export function findTrailing(text: string, s: Span, quotes: readonly Span[]): ReportedClause[] {
  const start = s.start + (/^[\s(—–-]*/u.exec(text.slice(s.start, s.end))?.[0].length ?? 0);
  const sentence = text.slice(start, s.end);
  for (const comma of sentence.matchAll(/,/g)) {
    const at = start + comma.index;
    const cue = cueAfter(text, at - 1, s.end, quotes);
    if (!cue) continue;
    const rest = isTrailingCue(text, cue.verb, at, s.end) ? null : continuation(text, cue.verb, at, s.end);
    if (rest === null && !isTrailingCue(text, cue.verb, at, s.end)) continue;
    const inverted = text.slice(at + 1, cue.verb.start).trim() === "" && cue.verb.base !== "according";
    if (opensWithAppositive(text, start, cue.verb.start) || (inverted && (rest !== null || !subjectEndsSentence(text, cue, s.end)))) continue;
    const clause = { start, end: at };
    if (!isClause(text, clause) || quotes.some((q) => q.start < clause.end && q.end > clause.start)) continue;
    const found = [{ subject: cue.subject, verb: cue.verb, clause }];
    if (rest && !quotes.some((q) => q.start < rest.end && q.end > rest.start)) found.push({ subject: cue.subject, verb: cue.verb, clause: rest });
    return found;
  }
  return leadingAccordingTo(text, { start, end: s.end }, quotes);
}

/** The cue is a reporting verb a clause can hang on, starts right after the comma's subject, and ends the sentence. */
function isTrailingCue(text: string, verb: VerbHit, comma: number, end: number): boolean {
  if (!CLAUSE_VERBS.has(verb.base) && verb.base !== "according") return false;
  if (/[“”"]/.test(text.slice(comma, verb.start))) return false;
  let tail = text.slice(verb.end, end);
  if (verb.base === "according") return /^[^,;:“”"]*(?:,[^,;:“”"]*)?[.!?]?\s*$/.test(tail);
  const before = text.slice(comma + 1, verb.start).trim();
  if (before === "") {
    // “…, said Ana Silva, the agency's chief.”: the subject, then at most one description.
    return /^\s+[^,;:“”"]+(?:,[^;:“”"]*)?$/.test(tail.replace(/[.!?]\s*$/, ""));
  }
  if (verb.base === "tell") tail = tail.slice(TOLD_TAIL.exec(tail)?.[0].length ?? 0);
  return CUE_TAIL.test(tail);
}

/**
 * A lower-case word after the comma that closes a mid-sentence cue: the
 * sentence goes on. Not a participle, relative or concession, which is the
 * writer's: “…, the Red Cross said, raising the possibility …”, “…, he said,
 * though he named no one”.
 */
const GOES_ON = /^,\s+(?:that\s+)?(?=\p{Ll})(?![\p{L}]+ing\b|according\b|though\b|although\b|and\b|but\b|which\b|who\b|where\b|when\b|whose\b)/u;

/**
 * The rest of the sentence after a cue set in its middle, or null: in “The
 * toll rose to 280 on Monday, officials said, as rescuers searched for
 * victims” and “It is on his watch, Scheer said, that the country is
 * divided” the statement goes on after the cue (“that” dropped). The cue
 * stands right after the comma, with at most a short adverbial after it.
 */
function continuation(text: string, verb: VerbHit, comma: number, end: number): Span | null {
  if (!CLAUSE_VERBS.has(verb.base) || text.slice(comma + 1, verb.start).trim() === "") return null;
  if (/[“”"]/.test(text.slice(comma, verb.start))) return null;
  const tail = text.slice(verb.end, end);
  const adverbial = /^\s*(?:(?:in|on|at|to|last|this|then|later|earlier|also|again|recently)\b[^,;:“”"]{0,40})?/i.exec(tail)?.[0] ?? "";
  const goes = GOES_ON.exec(tail.slice(adverbial.length));
  if (!goes) return null;
  const from = verb.end + adverbial.length + goes[0].length;
  const to = end - (/[\s.!?]*$/.exec(text.slice(from, end))?.[0].length ?? 0);
  const words = text.slice(from, to).split(/\s+/).filter(Boolean);
  return words.length >= 3 ? { start: from, end: to } : null;
}

/** Enough words, and not just an introductory phrase: “In a statement, the ministry said.” reports nothing. */
function isClause(text: string, clause: Span): boolean {
  const words = text.slice(clause.start, clause.end).split(/\s+/).filter(Boolean);
  const intro = /^(?:in|on|at|after|before|during|since|from|for)\s/i.test(text.slice(clause.start, clause.end));
  return words.length >= (intro ? 8 : MIN_WORDS);
}

/**
 * “According to the agency, most victims were tourists.”: the source opens
 * the sentence and the clause follows its comma.
 */
function leadingAccordingTo(text: string, s: Span, quotes: readonly Span[]): ReportedClause[] {
  const head = /^according to\s/i.exec(text.slice(s.start, s.end));
  if (!head) return [];
  const verb = findVerbs(text, s.start, s.start + head[0].length, quotes)[0];
  const comma = text.indexOf(",", s.start + head[0].length);
  if (!verb || comma < 0 || comma >= s.end) return [];
  const from = comma + 1 + (/^\s*/.exec(text.slice(comma + 1))?.[0].length ?? 0);
  const end = s.end - (/[\s.!?]*$/.exec(text.slice(from, s.end))?.[0].length ?? 0);
  const clause = { start: from, end };
  if (!isClause(text, clause) || quotes.some((q) => q.start < end && q.end > from)) return [];
  return [{ subject: phraseAfter(text, verb.end, comma, AFTER_PREPS), verb, clause }];
}

/**
 * A name (opening the sentence or after a comma), then a description set off
 * by commas, up to the verb: “Ana Silva, a nurse who works nights, said …”,
 * “For his part, Luis Vega, who runs the shop, said …”. A list (“Toronto,
 * Montreal and Ottawa, said …”) is no description.
 */
const APPOSITIVE = /(?:^|,\s+)(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+)*\p{Lu}[\p{L}\p{M}’'.-]*,\s+(?!and\s|or\s)[^“”",]{1,200},\s*$/u;

/**
 * The sentence opens with its subject and a description, so a comma before
 * the verb closes the description, not a clause: in “Ana Silva, a nurse who
 * works nights, said the ward was full” the clause follows “said”.
 */
export function opensWithAppositive(text: string, start: number, verbStart: number): boolean {
  return APPOSITIVE.test(text.slice(start, verbStart));
}

/**
 * After an inverted cue the subject ends the sentence, maybe with one
 * description: “…, said Ana Silva, the agency's chief.” In “Luis Vega, who
 * runs the shop, said the rent doubled” the words after “said” are a clause.
 */
function subjectEndsSentence(text: string, cue: Cue, end: number): boolean {
  const subject = cue.subject;
  if (!subject || !/^(?:\p{Lu}|the\s|a\s|an\s)/u.test(text.slice(subject.start, subject.end))) return false;
  return /^\s*(?:,[^;:“”"]*)?[.!?”"’]*\s*$/.test(text.slice(subject.end, end));
}
