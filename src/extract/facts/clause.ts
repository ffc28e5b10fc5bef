/**
 * Shared clause reading for the fact extractors: words with offsets, event
 * verbs, and the person a clause is about.
 */
import { tokenizeWords, type WordToken } from "../../align/normalize.js";
import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import type { People } from "../speakers/people.js";
import { canonicalName, resolvePronoun } from "../speakers/people.js";
import { AUXILIARIES, IRREGULAR_PAST, MODALS, NEGATORS } from "./lexicon.js";

/** Punctuation that ends a clause between two words. */
const BOUNDARY = /[,;:.!?—–()“”"\n]/;

/** The words of `text[start, end)` with file offsets. */
export function clauseWords(text: string, start: number, end: number): WordToken[] {
  return tokenizeWords(text.slice(start, end), start);
}

/** True when punctuation stands between word `i - 1` and word `i`: “released in 2021, after” breaks before “after”. */
export function breaksBefore(text: string, words: WordToken[], i: number): boolean {
  const prev = words[i - 1];
  const cur = words[i];
  return !prev || !cur || BOUNDARY.test(text.slice(prev.end, cur.start));
}

/**
 * A past form that names an event: regular -ed (“released”, “resigned”) or
 * irregular (“left”, “taken”), lower case, not a reporting verb (“reported”,
 * “said”): in “CBC reported that they were released” the event is “released”.
 */
export function isEventVerb(w: WordToken): boolean {
  if (!/^\p{Ll}/u.test(w.raw) || REPORTING_VERB_FORMS.has(w.norm)) return false;
  return (w.norm.length > 4 && w.norm.endsWith("ed")) || IRREGULAR_PAST.has(w.norm);
}

/**
 * A key shared by a verb's forms and its event noun: “released”, “release”
 * and “releases” → "releas"; “arrested” / “arrest” → "arrest".
 */
export function verbKey(word: string): string {
  const w = word.toLowerCase();
  const stem = w.replace(/(?:ing|ed|es|s)$/, (m) => (w.length - m.length >= 3 ? "" : m));
  return stem.replace(/e$/, "");
}

/** Whether word `i` directly follows an auxiliary, adverbs and negators aside: “were not released”, “was also allowed”. */
export function followsAuxiliary(words: WordToken[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const n = words[k]?.norm ?? "";
    if (AUXILIARIES.has(n)) return true;
    if (!(NEGATORS.has(n) || n.endsWith("ly") || n === "also" || n === "then" || n === "now")) return false;
  }
  return false;
}

/** A word within two before `i` makes the event demanded or hypothetical: “called for Dong to resign”, “should quit”. */
export function isModal(words: WordToken[], i: number): boolean {
  return words.slice(Math.max(0, i - 3), i).some((w) => MODALS.has(w.norm) || NEGATORS.has(w.norm) || w.norm.endsWith("n't"));
}

/**
 * The person the clause before `verbAt` is about, canonical in the article:
 * “he”/“she” within three words of the verb (“says he is leaving”), else
 * the first subject-like name from `from` (“Han Dong, a member of …, has
 * resigned” → "Han Dong"). Null when neither is there (“they”, “the men”).
 */
export function subjectBefore(words: WordToken[], verbAt: number, from: number, people: People): string | null {
  const verb = words[verbAt];
  if (!verb) return null;
  for (let k = verbAt - 1; k >= Math.max(0, verbAt - 3); k--) {
    const n = words[k]?.norm;
    if (n === "he" || n === "she") return resolvePronoun(people, words[k]?.start ?? 0, n === "he" ? "m" : "f");
  }
  const m = people.mentions.find((p) => p.start >= from && p.end <= verb.start && p.subjectLike);
  return m ? canonicalName(people, m.name, m.start) : null;
}

/**
 * The person named in `words[from, to)`, the head of a subject phrase:
 * “Huawei executive Meng was released” → "Meng Wanzhou" when the article
 * names her in full; “she was allowed” → the person “she” refers to.
 */
export function personIn(words: WordToken[], from: number, to: number, people: People): string | null {
  const a = words[from];
  const b = words[to - 1];
  if (!a || !b) return null;
  if (to - from === 1 && (a.norm === "he" || a.norm === "she")) return resolvePronoun(people, a.start, a.norm === "he" ? "m" : "f");
  const inside = people.mentions.filter((p) => p.start >= a.start && p.end <= b.end);
  const last = inside.at(-1);
  return last ? canonicalName(people, last.name, last.start) : null;
}
