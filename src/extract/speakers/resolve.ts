import { OUTLET_NOUNS, PERSON_ROLE_NOUNS } from "../../data/titles.js";
import type { People } from "./people.js";
import { canonicalName, mostSalientPerson, recentOutlet, resolvePronoun } from "./people.js";
import { findNameRuns, organisationName, personNameOf } from "./names.js";

const SPOKES = /\b(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|official|officials|statement|release|email|letter)s?\s+(?:for|from|of|at|with)\s+(.+)$/i;
const GROUP = /^(?:some|several|many|two|three|four|five|a few|few|other|both|most|all|various|numerous)\b/i;

/**
 * The speaker a subject phrase names, as a canonical name, or null when it
 * names no one in particular. `at` is where the phrase starts; `previous` the
 * last quote's speaker.
 *
 * - "he" / "she" → the most recent compatible person ("he added" after "Dong said").
 * - "A spokesperson for the Prime Minister’s Office" → "Prime Minister's Office".
 * - "some Liberal MPs" → null: a group, no one person.
 * - "the same outlet" → the outlet named last ("Global News").
 * - "the Don Valley North representative" → a definite description of one
 *   person: the last quote's speaker, else the person named most.
 * - "NDP leader Jagmeet Singh" → "Jagmeet Singh"; "Singh" → "Jagmeet Singh".
 * - "the Chinese consulate in Toronto" → "Chinese consulate in Toronto".
 */
export function resolveSubject(phrase: string, at: number, people: People, previous: string | null): string | null {
  const t = phrase.trim();
  const low = t.toLowerCase();
  if (low === "he" || low === "she") return resolvePronoun(people, at, low === "he" ? "m" : "f");
  if (/^(?:they|we|i|it|you|who)$/.test(low)) return null;
  const spokes = SPOKES.exec(t);
  if (spokes?.[1]) return organisationName(spokes[1]);
  if (GROUP.test(t)) return null;
  const words = low.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (/^the\b/.test(low) && OUTLET_NOUNS.has(head)) return recentOutlet(people, at);
  if (/^the\b/.test(low) && (PERSON_ROLE_NOUNS.has(head) || /-year-old$/.test(head))) {
    return previous ?? mostSalientPerson(people);
  }
  const runs = findNameRuns(t, 0, t.length);
  const lastRun = runs[runs.length - 1];
  const headIsName = lastRun !== undefined && lastRun.end === t.length;
  if (headIsName) {
    const person = personNameOf(lastRun.text);
    if (person && isKnownPerson(people, person, lastRun.text)) return canonicalName(people, person, at);
    return organisationName(stripToOrganisation(t, lastRun.start));
  }
  if (runs.length > 0 && /^the\b/.test(low)) return organisationName(t);
  return null;
}

/** Multi-word names count as people; one word only when the article uses it as a person's name. */
function isKnownPerson(people: People, name: string, run: string): boolean {
  if (name.includes(" ")) return true;
  if (/\b(?:Mr|Mrs|Ms|Dr|Miss)\b/.test(run)) return true;
  return people.mentions.some((m) => m.name === name) || canonicalName(people, name) !== name;
}

/** "the outlet Global News" → "Global News": an appositive name after a common noun wins. */
function stripToOrganisation(phrase: string, runStart: number): string {
  const before = phrase.slice(0, runStart);
  if (/\b(?:the|a|an)\s+[a-z]+\s+$/.test(before) && !/\b(?:of|for|in|at)\s+$/.test(before)) return phrase.slice(runStart);
  return phrase;
}
