/**
 * Counts of one plain noun, keyed on the verb that says what happened to the
 * set: “will lay off 240 workers” → "count:job|cut", “412 patients waited more
 * than 12 hours” → "count:patient|wait". A bare “240 workers” names no fact
 * (every story has several sets of workers); the verb pins down which one.
 */
import type { WordToken } from "../../align/normalize.js";
import { STOPWORDS } from "../../align/stopwords.js";
import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import {
  ACQUIRE_VERBS, COUNT_DROPPED_ADJECTIVES, COUNT_FUNCTION_WORDS, COUNTING_REPORT_VERBS, CUT_VERBS, JOB_NOUNS, PERSON_NOUNS, PERSON_OUTCOMES,
  STATE_OR_CAUSE_VERBS, TIME_UNITS, VERB_FAMILIES, VERB_PARTICLES,
} from "./count-lexicon.js";
import { breaksBefore, isEventVerb } from "./clause.js";

/** A counted noun and the verb keyed with it. */
export interface VerbCount {
  key: string;
  end: number;
}

/** Digit counts below this are too small to tell sets apart (“3 workers”); spelled-out numbers always count. */
const MIN_DIGIT_COUNT = 10;
/** How far after the noun the verb of a subject may stand: “2,000 homes on the west side of Cedar Fork remained”. */
const SUBJECT_REACH = 8;
/** How far after a verb of state or cause its event may stand: “kept 1,400 homes and 3,500 residents under evacuation orders”. */
const EVENT_REACH = 6;

/**
 * The single-noun count at `words[i]` (the number), or null. The noun must
 * follow the number directly and be a plural that is not a unit of time;
 * the verb is the one the number is the object of (“cut 240 jobs”, “lay
 * off 240 workers”) or, failing that, the first past verb after the noun in
 * the same clause (“412 patients … waited”). Reporting verbs never key a
 * count: “two sources said” and “three sources said” may be two sets.
 * A verb of state or cause gives way to the event after it (see {@link
 * eventAfter}): “forces 1,400 homes to evacuate” and “2,000 homes remained
 * under evacuation orders” are both "home|evacuat". `from` is where the
 * number's hedge begins (“more than 2,000”), `i` when it has none.
 */
export function readVerbCount(text: string, words: WordToken[], i: number, value: string, plural: (n: string) => string | null, from = i): VerbCount | null {
  const num = words[i];
  const noun = words[i + 1];
  if (!num || !noun || !/^\d+$/.test(value) || (/^\d/.test(num.raw) && Number(value) < MIN_DIGIT_COUNT)) return null;
  if (!/^\p{Ll}+$/u.test(noun.raw) || breaksBefore(text, words, i + 1) || COUNT_FUNCTION_WORDS.has(noun.norm)) return null;
  const head = plural(noun.norm);
  if (head === null || TIME_UNITS.has(head) || COUNT_DROPPED_ADJECTIVES.has(noun.norm) || REPORTING_VERB_FORMS.has(noun.norm)) return null;
  if (head === "layoff") return { key: "job|cut", end: noun.end };
  if (isRatio(words, from)) return null;
  // The event after a verb before the number is looked for after the noun: “forces 1,400 homes to evacuate”.
  const before = verbBefore(text, words, from);
  const found = before ? { ...before, at: i + 1 } : verbAfter(text, words, i + 1);
  if (found === null) return null;
  const leads = STATE_OR_CAUSE_VERBS.has(found.word) || ACQUIRE_VERBS.has(found.word);
  const lemma = leads ? (eventAfter(text, words, found.at + 1) ?? found.lemma) : found.lemma;
  const verb = VERB_FAMILIES.get(lemma) ?? lemma;
  // “19 patients” and “19 people” hospitalized are one set; so are 240 workers and 240 jobs cut.
  const set = verb === "cut" && JOB_NOUNS.has(head) ? "job" : PERSON_OUTCOMES.has(verb) && PERSON_NOUNS.has(head) ? "person" : head;
  return { key: `${set}|${verb}`, end: noun.end };
}

/** “one in six patients”, “nine out of 10 nurses”: a share, not a set. */
function isRatio(words: WordToken[], i: number): boolean {
  const prev = words[i - 1]?.norm ?? "";
  const far = words[i - 2]?.norm ?? "";
  return (prev === "in" || prev === "of") && (far === "one" || far === "out" || /^\d+$/.test(far));
}

/** A verb found for a count: its folded word, its key, and the word after which its event may follow. */
interface FoundVerb {
  word: string;
  lemma: string;
  at: number;
}

/** The verb whose object the number is: “cutting 240 jobs” → "cut", “will lay off 240” → "cut", “hired 20 nurses” → "hir". */
function verbBefore(text: string, words: WordToken[], i: number): FoundVerb | null {
  const prev = words[i - 1];
  if (!prev || breaksBefore(text, words, i)) return null;
  if (VERB_PARTICLES.has(prev.norm)) {
    const verb = words[i - 2];
    if (!verb || breaksBefore(text, words, i - 1)) return null;
    return CUT_VERBS.has(`${verb.norm} ${prev.norm}`) ? { word: verb.norm, lemma: "cut", at: i } : null;
  }
  if (!/^\p{Ll}+$/u.test(prev.raw) || STOPWORDS.has(prev.norm) || COUNT_FUNCTION_WORDS.has(prev.norm)) return null;
  if (REPORTING_VERB_FORMS.has(prev.norm) && !COUNTING_REPORT_VERBS.has(prev.norm)) return null;
  if (CUT_VERBS.has(prev.norm)) return { word: prev.norm, lemma: "cut", at: i };
  return isVerbForm(prev.norm) || STATE_OR_CAUSE_VERBS.has(prev.norm) ? { word: prev.norm, lemma: lemmaOf(prev.norm), at: i } : null;
}

/** The first past verb after the noun, within the clause: “412 patients at four hospitals waited” → "wait". */
function verbAfter(text: string, words: WordToken[], nounAt: number): FoundVerb | null {
  for (let k = nounAt + 1; k < words.length && k <= nounAt + SUBJECT_REACH; k++) {
    const w = words[k];
    if (!w || breaksBefore(text, words, k)) return null;
    // “46 people in 11 states had been infected”: a word after a number is a noun, not a verb.
    if (/^\d/.test(words[k - 1]?.raw ?? "")) continue;
    if (REPORTING_VERB_FORMS.has(w.norm)) return null;
    if (CUT_VERBS.has(w.norm)) return { word: w.norm, lemma: "cut", at: k };
    if (isEventVerb(w)) return { word: w.norm, lemma: lemmaOf(w.norm), at: k };
  }
  return null;
}

/**
 * The event a verb of state or cause leads to, within its clause: “to” and
 * a verb (“forces 1,400 homes to evacuate” → "evacuat") or “under” and an
 * event noun (“remained under mandatory evacuation orders” → "evacuat"), so
 * both key with “1,400 homes evacuated”; after a verb of getting, the
 * event noun itself (“developed serious eye infections” → "infect"). Null
 * when none follows.
 */
function eventAfter(text: string, words: WordToken[], from: number): string | null {
  for (let k = from; k < words.length && k < from + EVENT_REACH; k++) {
    const w = words[k];
    if (!w || (k > from && breaksBefore(text, words, k))) return null;
    // “developed serious eye infections”: the event noun itself.
    if (/^\p{Ll}+(?:tion|sion)s?$/u.test(w.raw)) return lemmaOf(w.norm.replace(/ions?$/, "ed"));
    const next = words[k + 1];
    if (!next || breaksBefore(text, words, k + 1)) return null;
    if (w.norm === "to" && /^\p{Ll}+$/u.test(next.raw) && !COUNT_FUNCTION_WORDS.has(next.norm)) return lemmaOf(next.norm);
    if (w.norm === "under") {
      const noun = words.slice(k + 1, k + 4).find((n) => /^\p{Ll}+(?:tion|sion)$/u.test(n.raw));
      return noun ? lemmaOf(noun.norm.replace(/ion$/, "ed")) : null;
    }
  }
  return null;
}

/** Looks like an inflected verb: “employs”, “hired”, “cutting”; a bare noun or adjective before a number rarely is. */
function isVerbForm(w: string): boolean {
  return /(?:ed|ing|es)$/.test(w) || (w.endsWith("s") && !w.endsWith("ss"));
}

/**
 * One key for a verb's forms: “waited”, “waits”, “waiting” → "wait";
 * “hired” / “hires” → "hir"; “stopped” / “stopping” → "stop".
 */
export function lemmaOf(w: string): string {
  const stem = w.replace(/(?:ing|ed|es|s)$/, (m) => (w.length - m.length >= 3 ? "" : m)).replace(/e$/, "");
  return /([^aeiouls])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}
