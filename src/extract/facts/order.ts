/**
 * Order-of-events facts: “they were released … just hours before Meng was
 * released” states that one event came before another. Two outlets giving
 * one pair of events different orders cannot both be right.
 */
import type { Span } from "../../schema/index.js";
import type { WordToken } from "../../align/normalize.js";
import type { People } from "../speakers/people.js";
import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import { breaksBefore, clauseWords, followsAuxiliary, isEventVerb, isModal, personIn, subjectBefore } from "./clause.js";
import { withSubject, type FactHit } from "./fact-hit.js";
import { AUXILIARIES, EVENT_NOUNS, NEGATORS, ORDER_CONNECTORS, type OrderValue } from "./lexicon.js";

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"]);
/** Words a cut-off span should not end on: “taken into custody” cut at eight words ends at “taken”. */
const TRAILING = new Set(["into", "in", "from", "of", "the", "to", "and", "a", "an", "with", "for", "on", "at", "by", "his", "her", "their", "its"]);
const COORDINATORS = new Set(["and", "or", "but"]);
const CONNECTORS = ORDER_CONNECTORS.map(([phrase, value]) => ({ words: phrase.split(" "), value }));
/** The second event must follow its connector within this many words. */
const B_REACH = 8;

/** The event on one side of a connector: its verb (or event noun), the person it is about, and the last word it spans. */
interface Side {
  verb: string;
  person: string | null;
  endAt: number;
}

/**
 * Order facts in one sentence. The topic is
 * `order:<first event verb>|<second event's person>|<second event verb>`,
 * plus `@<person>` when the first event's person is named, and the value is
 * before / after / same-time. “They were not released until Sep. 24, 2021,
 * after Wanzhou was released from house arrest” → topic
 * "order:released|Meng Wanzhou|released", value "after". A second event
 * without a named person (“after almost 1000 days in captivity”) is no fact.
 */
export function findOrderFacts(text: string, sentence: Span, people: People): FactHit[] {
  const words = clauseWords(text, sentence.start, sentence.end);
  const hits: FactHit[] = [];
  for (let i = 1; i < words.length; i++) {
    const c = CONNECTORS.find((k) => k.words.every((w, d) => words[i + d]?.norm === w));
    if (!c) continue;
    const a = readFirstEvent(text, words, i);
    const b = a ? readSecondEvent(text, words, i + c.words.length, people) : null;
    const first = words[a?.startAt ?? 0];
    const last = words[b?.endAt ?? 0];
    if (!a || !b || !first || !last || !b.person) continue;
    const person = subjectBefore(words, a.verbAt, first.start, people);
    hits.push({
      start: first.start,
      end: last.end,
      topic: withSubject(`order:${words[a.verbAt]?.norm ?? ""}|${b.person}|${b.verb}`, person),
      value: c.value satisfies OrderValue,
    });
    i += c.words.length - 1;
  }
  return hits;
}

/**
 * The first event: in the words before the connector at `at`, the first
 * event verb after an auxiliary (“they were released from prison and
 * returned” → released), else the last one. A negated first event counts
 * only with “until” (“not released until …, after” is after).
 */
function readFirstEvent(text: string, words: WordToken[], at: number): { verbAt: number; startAt: number } | null {
  const startAt = clauseStart(words, at);
  const verbs: number[] = [];
  let relative = false;
  for (let k = startAt; k < at; k++) {
    const n = words[k]?.norm ?? "";
    if (breaksBefore(text, words, k)) relative = false;
    if (n === "who" || n === "which") relative = true;
    const w = words[k];
    if (w && !relative && isEventVerb(w) && text[w.start - 1] !== "-" && !isAttributive(words, k)) verbs.push(k);
  }
  const verbAt = verbs.find((k) => followsAuxiliary(words, k)) ?? verbs.at(-1);
  if (verbAt === undefined || isModal(words, verbAt) && !negatedUntil(words, startAt, at)) return null;
  return { verbAt, startAt };
}

/**
 * An -ed word that modifies a noun rather than naming an event: after a
 * determiner (“the released men”) or before the noun its clause is about
 * (“the 30-year fixed rate was already high”: “fixed” is no event).
 */
function isAttributive(words: WordToken[], k: number): boolean {
  if (DETERMINERS.has(words[k - 1]?.norm ?? "")) return true;
  return AUXILIARIES.has(words[k + 2]?.norm ?? "") && !AUXILIARIES.has(words[k + 1]?.norm ?? "");
}

/**
 * Where the clause holding word `at` starts: after the last reporting verb
 * or clause-opening “that” (“Reports said the two men were released …”,
 * “CBC reported … that they were released …”), else the sentence start.
 */
function clauseStart(words: WordToken[], at: number): number {
  for (let k = at - 1; k > 0; k--) {
    const w = words[k];
    const next = words[k + 1];
    if (!w || !next) continue;
    if (w.norm === "that" && /^(?:he|she|they|it|we|i|the|\p{Lu})/u.test(next.raw)) return k + 1;
    if (/^\p{Ll}/u.test(w.raw) && REPORTING_VERB_FORMS.has(w.norm) && !AUXILIARIES.has(w.norm)) return k + 1;
  }
  return 0;
}

function negatedUntil(words: WordToken[], from: number, to: number): boolean {
  const span = words.slice(from, to).map((w) => w.norm);
  return span.includes("until") && span.some((n) => NEGATORS.has(n) || n.endsWith("n't"));
}

/**
 * The second event, from word `from`: a clause “Huawei executive Meng was
 * released” (person "Meng", verb "released") or a possessive phrase
 * “Meng's arrest” (person "Meng", verb "arrest"). Stops at punctuation.
 */
function readSecondEvent(text: string, words: WordToken[], from: number, people: People): Side | null {
  let to = from;
  while (to < words.length && to - from < B_REACH && (to === from || !breaksBefore(text, words, to))) to++;
  const head = words[from];
  if (head && /^\p{Lu}/u.test(head.raw) && /['’]s$/.test(head.raw)) {
    const noun = words.slice(from + 1, to).find((w) => isEventNoun(w.norm));
    const person = personIn(words, from, from + 1, people);
    return noun ? { verb: noun.norm, person: person ?? head.raw.replace(/['’]s$/, ""), endAt: words.indexOf(noun) } : null;
  }
  for (let k = from + 1; k < to; k++) {
    const w = words[k];
    if (!w || !isEventVerb(w)) continue;
    const subjectEnd = firstAuxiliaryOr(words, from, k);
    // “go after Niederreiter and was handed”: a verb joined by “and” has no subject of its own here.
    if (COORDINATORS.has(words[subjectEnd - 1]?.norm ?? "")) return null;
    let endAt = to - 1;
    while (endAt > k && TRAILING.has(words[endAt]?.norm ?? "")) endAt--;
    return { verb: w.norm, person: personIn(words, from, subjectEnd, people), endAt };
  }
  return null;
}

/** Where the subject before the verb at `verbAt` ends: at its auxiliary (“Meng was released”), else at the verb (“Smith resigned”). */
function firstAuxiliaryOr(words: WordToken[], from: number, verbAt: number): number {
  for (let k = from; k < verbAt; k++) if (AUXILIARIES.has(words[k]?.norm ?? "")) return k;
  return verbAt;
}

function isEventNoun(n: string): boolean {
  return EVENT_NOUNS.has(n) || /(?:tion|sion|ment|ure)$/.test(n);
}
