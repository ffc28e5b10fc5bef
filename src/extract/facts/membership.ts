/**
 * Membership facts: what a person left. “has resigned his membership in the
 * ruling Liberal Party” and “has left the Liberal caucus” name two units of
 * one organisation — the party and its caucus — and cannot both be what he left.
 */
import type { Span } from "../../schema/index.js";
import type { WordToken } from "../../align/normalize.js";
import type { People } from "../speakers/people.js";
import { breaksBefore, clauseWords, isModal, subjectBefore } from "./clause.js";
import { withSubject, type FactHit } from "./fact-hit.js";
import { LEAVE_NOUNS, LEAVE_VERBS, OBJECT_FUNCTION_WORDS, OBJECT_MODIFIERS, UNITS } from "./lexicon.js";

/** The left-behind phrase spans at most this many words. */
const OBJECT_REACH = 8;
const POSSESSIVES = new Set(["his", "her", "their", "its"]);

/**
 * Membership facts in one sentence: topic `left:<organisation>` (plus
 * `@<person>` when the leaver is named), value the unit left.
 * “MP Han Dong has resigned from the Liberal caucus” → "left:liberal@Han
 * Dong" / "caucus"; “resigns from Liberal Party” → "left:liberal" / "party";
 * “the caucus of the ruling Liberal Party” → caucus. A phrase without a unit
 * (“his resignation from the Liberals”) or an organisation (“left the
 * board”), and demanded or denied leaving (“called for him to resign”), give none.
 */
export function findMembershipFacts(text: string, sentence: Span, people: People): FactHit[] {
  const words = clauseWords(text, sentence.start, sentence.end);
  const hits: FactHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !isLeaving(words, i) || isModal(words, i)) continue;
    const object = readObject(text, words, i + 1);
    if (!object) continue;
    const last = words[object.endAt];
    const person = subjectBefore(words, i, sentence.start, people);
    if (last) hits.push({ start: w.start, end: last.end, topic: withSubject(`left:${object.organisation}`, person), value: object.unit });
  }
  return hits;
}

/** A leave verb (“resigned”, “left”), or a leave noun after a possessive (“his resignation”). */
function isLeaving(words: WordToken[], i: number): boolean {
  const n = words[i]?.norm ?? "";
  if (LEAVE_VERBS.has(n)) return true;
  return LEAVE_NOUNS.has(n) && POSSESSIVES.has(words[i - 1]?.norm ?? "");
}

/**
 * The unit and organisation left, from word `from`: function words,
 * lower-case modifiers, unit words and one run of capitalised words, up to
 * punctuation. “from the caucus of the ruling Liberal Party” → caucus /
 * "liberal"; “as leader” and “for China” stop at once.
 */
function readObject(text: string, words: WordToken[], from: number): { unit: string; organisation: string; endAt: number } | null {
  let unit: string | null = null;
  const organisation: string[] = [];
  let orgDone = false;
  let endAt = -1;
  for (let k = from; k < words.length && k - from < OBJECT_REACH; k++) {
    const w = words[k];
    if (!w || (k > from && breaksBefore(text, words, k))) break;
    const capital = /^\p{Lu}/u.test(w.raw);
    if (k === from && w.norm === "from") continue;
    if (UNITS.has(w.norm)) {
      unit ??= w.norm;
      if (organisation.length > 0) orgDone = true;
    } else if (OBJECT_FUNCTION_WORDS.has(w.norm) || (!capital && OBJECT_MODIFIERS.has(w.norm))) {
      if (organisation.length > 0) orgDone = true;
    } else if (capital && !orgDone) {
      organisation.push(singular(w.norm));
    } else break;
    endAt = k;
  }
  if (!unit || organisation.length === 0) return null;
  return { unit, organisation: organisation.join(" "), endAt };
}

/** “Liberals” → "liberal": a party's members name the party. */
function singular(n: string): string {
  return n.length > 4 && n.endsWith("s") && !n.endsWith("ss") ? n.slice(0, -1) : n;
}
