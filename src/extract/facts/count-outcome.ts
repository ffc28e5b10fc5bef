/**
 * Counts of people an event befell, with no noun after the number or with
 * the noun after “of those”: “Nineteen have been hospitalized”, “Nineteen
 * of those patients have been hospitalized” → "count:person|hospitaliz",
 * the key “19 people have been hospitalized” also gets (see count-verb.ts).
 */
import type { WordToken } from "../../align/normalize.js";
import { breaksBefore } from "./clause.js";
import { lemmaOf } from "./count-verb.js";
import { PERSON_NOUNS, PERSON_OUTCOMES, VERB_FAMILIES } from "./count-lexicon.js";

/** Auxiliaries between the number and a passive or perfect verb: “have been”, “were”. */
const AUXILIARIES = new Set(["have", "has", "had", "been", "were", "was", "are", "is"]);
/** Determiners after “of”: “Nineteen of those patients”. */
const OF_DETERMINERS = new Set(["those", "the", "these", "them"]);

/**
 * The outcome count at `words[i]`, or null: the number, maybe “of those
 * <people noun>”, one or two auxiliaries, then a verb of what befalls people.
 * “Nine were destroyed” gives none: destroying is not in PERSON_OUTCOMES.
 */
export function readOutcomeCount(text: string, words: WordToken[], i: number, singular: (n: string) => string | null): { key: string; end: number } | null {
  let k = i + 1;
  if (words[k]?.norm === "of" && OF_DETERMINERS.has(words[k + 1]?.norm ?? "")) {
    const noun = words[k + 2];
    if (!noun || !PERSON_NOUNS.has(singular(noun.norm) ?? "")) return null;
    k += 3;
  }
  let auxiliaries = 0;
  while (auxiliaries < 2 && AUXILIARIES.has(words[k]?.norm ?? "")) {
    k++;
    auxiliaries++;
  }
  const verb = words[k];
  if (auxiliaries === 0 || !verb || !/^\p{Ll}+$/u.test(verb.raw)) return null;
  for (let b = i + 1; b <= k; b++) if (breaksBefore(text, words, b)) return null;
  const lemma = lemmaOf(verb.norm);
  const family = VERB_FAMILIES.get(lemma) ?? lemma;
  return PERSON_OUTCOMES.has(family) ? { key: `person|${family}`, end: verb.end } : null;
}
