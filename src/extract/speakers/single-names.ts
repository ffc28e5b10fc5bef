import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import { ORGANIZATION_HEADS } from "../../data/source-nouns.js";
import { KINSHIP_GENDER, PERSON_ROLE_NOUNS } from "../../data/titles.js";
import type { NameRun } from "./names.js";
import { namedPerson } from "./names.js";

/** "the Pioneers", "the Hawks": one capitalised word after "the" names a group, not a person. */
const AFTER_THE = /\bthe\s+$/i;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr)\b/;
const AFTER_PERSON = /^\s+(?:(?:had|has|have|was|is|would|will|also|then|later|did|does)\b|(?:did|does|do|was|is|has|had|would|could|wo|ca)n[’']t\b|([a-z]+)\b)/;
/** ", a resident of …", ", the team's coach": an appositive that says what a one-word name is. */
const ROLE_APPOSITIVE = /^,\s+(?:a|an|the)\s+((?:[\p{L}’'-]+\s+){0,3}?[\p{L}-]+)(?=[\s,.])/u;

/** Whether the word before `start` is "the": "the Pioneers" is a group, not a person. */
export function isAfterThe(text: string, start: number): boolean {
  return AFTER_THE.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * One-word names the article uses as a person's somewhere — before a verb
 * ("Vega said") or after an honorific ("Mr. Vega") — and so everywhere:
 * "a text sent to Vega", "after Vega nearly won".
 */
export function singleNames(text: string, runs: readonly NameRun[], common: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const bodies = organisationFirstWords(runs);
  for (const r of runs) {
    const name = namedPerson(r.text, common);
    const start = r.start + r.text.indexOf(name ?? "");
    if (name && !bodies.has(name) && (looksLikeSubject(text, r.end) || HONORIFIC.test(r.text)) && !isAfterThe(text, start)) names.add(name);
  }
  return names;
}

/**
 * First words of the organisations the article names in full: after
 * "Tarrow Health Products Inc. recalled nine lots", "Tarrow had ignored
 * warnings" is the company, not a person a later "she" could mean.
 */
function organisationFirstWords(runs: readonly NameRun[]): Set<string> {
  const firsts = new Set<string>();
  for (const r of runs) {
    // "Fenwick-based Tarrow Health Products Inc.", "The Tarrow Group": the name starts after where it is based.
    const words = r.text.trim().split(/\s+/).filter((w) => !/-based$/.test(w) && w !== "The");
    const last = (words.at(-1) ?? "").replace(/[,;:]$/, "");
    if (words.length > 1 && ORGANIZATION_HEADS.has(last)) firsts.add(words[0] ?? "");
  }
  return firsts;
}

/** "Her father Luis", "his wife, Ana": the kinship word before a name tells its gender. */
export function kinshipGender(text: string, start: number): "m" | "f" | null {
  const word = /([a-z]+),?\s+$/.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return word ? KINSHIP_GENDER.get(word) ?? null : null;
}

/**
 * A one-word name stands as a person when a verb follows it ("Vega said",
 * "Vega didn’t hesitate") or an appositive names a role ("Amara, a nurse at
 * the clinic, was at work": so the "she" that follows can find her).
 */
function looksLikeSubject(text: string, end: number): boolean {
  const role = ROLE_APPOSITIVE.exec(text.slice(end, end + 60))?.[1];
  if (role?.split(/\s+/).some((w) => PERSON_ROLE_NOUNS.has(w.toLowerCase()))) return true;
  const m = AFTER_PERSON.exec(text.slice(end, end + 40));
  if (!m) return false;
  return m[1] === undefined || REPORTING_VERB_FORMS.has(m[1]);
}
