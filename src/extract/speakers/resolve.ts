import { DOCUMENT_NOUNS, OUTLET_NOUNS, PERSON_ROLE_NOUNS, SPEAKER_NOUNS } from "../../data/titles.js";
import { CAPITALISED_STOPWORDS } from "../../data/entity-words.js";
import { NATIONALITY_ADJECTIVES, PLACE_NAMES } from "../../data/places.js";
import type { People } from "./people.js";
import { canonicalName, mostSalientPerson, resolvePronoun } from "./people.js";
import { nearbySubject, recentOrganisation, recentOutlet } from "./recent.js";
import { recentSpokesBody } from "./spokes.js";
import { officeOf } from "./offices.js";
import { findNameRuns, organisationName, personNameOf, wordKey } from "./names.js";
import { isBarePlural } from "./bare-plural.js";

const SPOKES = /\b(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|official|officials|statement|release|email|letter)s?\s+(?:for|from|of|at|with)\s+(.+)$/i;
const GROUP = /^(?:some|several|many|two|three|four|five|a few|few|other|both|most|all|various|numerous)\b/i;

/**
 * The speaker a subject phrase names, as a canonical name, or null when it
 * names no one in particular. `at` is where the phrase starts; `previous` the
 * last quote's speaker.
 *
 * - "he" / "she" → the most recent compatible person ("he added" after "Dong said");
 *   "her statement" the same way.
 * - "it" → the organisation named last ("“…,” it said" after "Eastbank Hydro has …").
 * - "A spokesperson for the Prime Minister’s Office" → "Prime Minister's Office".
 * - "some Liberal MPs" → null: a group, no one person.
 * - "the same outlet" → the outlet named last ("Global News").
 * - "the Don Valley North representative" → a definite description of one
 *   person: a subject named just before it, else the last quote's speaker,
 *   else the person named most.
 * - "NDP leader Jagmeet Singh" → "Jagmeet Singh"; "Singh" → "Jagmeet Singh".
 * - "the Chinese consulate in Toronto" → "Chinese consulate in Toronto".
 */
export function resolveSubject(phrase: string, at: number, people: People, previous: string | null): string | null {
  const speaker = resolvePhrase(phrase, at, people, previous);
  // "Eastbank Housing Authority (EHA) … “…,” EHA said": the fullest form the article gives.
  return speaker === null ? null : people.acronyms.get(speaker) ?? speaker;
}

function resolvePhrase(phrase: string, at: number, people: People, previous: string | null): string | null {
  const t = phrase.trim();
  const low = t.toLowerCase();
  if (low === "he" || low === "she") return resolvePronoun(people, at, low === "he" ? "m" : "f");
  if (low === "it") return recentOrganisation(people, at);
  if (/^(?:they|we|i|you|who|i['’](?:m|ve|d|ll))$/.test(low)) return null;
  // "her statement said", "his tweet read": a person's own document speaks for them.
  const owned = /^(his|her)\s+([a-z]+)$/.exec(low);
  if (owned?.[2] && DOCUMENT_NOUNS.has(owned[2])) return resolvePronoun(people, at, owned[1] === "his" ? "m" : "f");
  // "the auditor general" after "Auditor General Ana Silva": the one person the article gives that title.
  const titled = people.titled.get(low.replace(/^the\s+/, ""));
  if (/^the\s/.test(low) && titled) return canonicalName(people, titled, at);
  // "the auditor general's report found …", "the board's statement said …": the document speaks for its owner.
  // A bare possessive only as a description cut before its document ("The auditor general's"), never a name ("Ms. Silva's offer").
  const ownedDoc = /^((?:the\s|\p{Lu}).*?)[’']s(?:\s+(?:[a-z-]+\s+)?([a-z]+))?$/iu.exec(t);
  const bareOwner = ownedDoc?.[2] === undefined && /^the\s+[a-z\s-]+$/i.test(ownedDoc?.[1] ?? "");
  if (ownedDoc?.[1] && (bareOwner || DOCUMENT_NOUNS.has(ownedDoc[2] ?? ""))) return resolvePhrase(ownedDoc[1], at, people, previous) ?? describedOwner(ownedDoc[1]);
  const spokes = SPOKES.exec(t);
  if (spokes?.[1]) return officeOf(spokes[1], people.offices, (name) => personNameOf(name) && canonicalName(people, name, at)) ?? organisationName(spokes[1]);
  if (GROUP.test(t)) return null;
  const words = low.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (/^the\b/.test(low) && OUTLET_NOUNS.has(head)) return recentOutlet(people, at);
  const role = roleHead(words);
  const body = spokesBodyOf(low, people, at);
  if (body !== undefined) return body;
  if (/^the\b/.test(low) && (PERSON_ROLE_NOUNS.has(role) || /-year-old$/.test(role))) {
    return nearbySubject(people, at) ?? previous ?? mostSalientPerson(people);
  }
  const runs = findNameRuns(t, 0, t.length);
  // "Ana Silva with the Eastbank Health Authority", "Luis Vega of the union": the person, not the body.
  const firstRun = runs[0];
  const lead = firstRun?.start === 0 ? personNameOf(firstRun.text) : null;
  if (firstRun && lead?.includes(" ") && /^\s+(?:with|of|from|at)\s/.test(t.slice(firstRun.end))) return canonicalName(people, lead, at);
  const lastRun = runs[runs.length - 1];
  const headIsName = lastRun !== undefined && lastRun.end === t.length;
  if (headIsName) {
    // "Oh said" after "Sandra Oh": a surname that is also a stop word.
    const surname = !lastRun.text.includes(" ") && [...people.fullNames.keys()].some((f) => f.endsWith(` ${lastRun.text}`));
    const person = personNameOf(lastRun.text) ?? (surname ? lastRun.text : null);
    if (person && isKnownPerson(people, person, lastRun.text)) return canonicalName(people, person, at);
    // "according to a Norway school's list": "a" before a place shows the place is an adjective, and the phrase was cut short.
    if (/^(?:a|an)\s+\S+$/i.test(t) && PLACE_NAMES.has(lastRun.text.toLowerCase())) return null;
    const org = properOrganisation(organisationName(stripToOrganisation(t, lastRun.start)), people);
    if (org) return org;
  }
  const described = describedSpeaker(t);
  // "the utility said", "the company said": the organisation named last as a subject.
  if (/^the\s+[a-z]+$/i.test(t) && ORG_HEADS.has(head)) return recentOrganisation(people, at, GENERIC_ORG_HEADS.has(head) ? null : head) ?? organisationOrNull(people, previous) ?? described;
  if (described) return described;
  if (runs.length > 0 && /^the\b/.test(low)) return properOrganisation(organisationName(t), people);
  return null;
}

const SPOKES_NOUN = "(?:spokes(?:person|man|woman)|representative|official)";
const THE_SPOKES = new RegExp(`^the\\s+${SPOKES_NOUN}$`);
const BODY_SPOKES = new RegExp(`^(?:a|an|the)\\s+([a-z]+)\\s+${SPOKES_NOUN}$`);

/**
 * The body an unnamed spokesperson speaks for, or undefined when the phrase
 * is no such description: "“…,” the spokesperson said" after "A spokesperson
 * for the Eastbank Water Board said …" → "Eastbank Water Board"; "a ministry
 * spokesperson" → the ministry the article names ("Ministry of Transport"),
 * else the phrase as written.
 */
function spokesBodyOf(low: string, people: People, at: number): string | null | undefined {
  if (THE_SPOKES.test(low)) {
    const personAt = people.mentions.filter((m) => m.end <= at && m.subjectLike).at(-1)?.start ?? -1;
    return recentSpokesBody(people.spokesBodies, at, personAt) ?? undefined;
  }
  const head = BODY_SPOKES.exec(low)?.[1];
  if (!head || !ORG_HEADS.has(head)) return undefined;
  return recentOrganisation(people, at, GENERIC_ORG_HEADS.has(head) ? null : head) ?? people.spokesBodies.filter((b) => b.pos < at && b.name.toLowerCase().split(/\s+/).includes(head)).at(-1)?.name ?? undefined;
}

/** An owner described in up to four lower-case words, without its article: "the auditor general" → "auditor general". */
function describedOwner(owner: string): string | null {
  const m = /^the\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})$/i.exec(owner.trim());
  return m?.[1] && !NOT_IN_DESCRIPTION.test(m[1]) ? m[1] : null;
}

/**
 * `name` when it is an organisation the article names, else null: "“…,”
 * Eastbank Water Services said. The department added …" — the body just
 * quoted is "the department" even when its name holds no such word.
 */
function organisationOrNull(people: People, name: string | null): string | null {
  if (name === null) return null;
  const isOrg = people.organisations.some((o) => o.name === name || people.acronyms.get(o.name) === name);
  return isOrg && !people.fullNames.has(name) ? name : null;
}

/** Prepositions that end a description's head: "the founder of Eastbank Press", "the coach at Harbour High". */
const HEAD_PREPS = new Set(["of", "for", "at", "with", "from", "in"]);

/**
 * The head noun of a description, before any prepositional phrase: "the
 * 39-year-old founder of Eastbank Press" → "founder", so that the phrase is
 * read as a person described rather than an organisation named.
 */
function roleHead(words: readonly string[]): string {
  const cut = words.findIndex((w, i) => i > 1 && HEAD_PREPS.has(w));
  return (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? "";
}

/**
 * An organisation name that names something: stop words before it dropped
 * ("So Eastbank" → "Eastbank"), and null when nothing is left or it is one
 * word the article also writes in lower case ("Negotiations have …").
 */
function properOrganisation(name: string, people: People): string | null {
  const words = name.split(/\s+/);
  const from = words.findIndex((w) => !CAPITALISED_STOPWORDS.has(wordKey(w)));
  if (from < 0) return null;
  const rest = words.slice(from);
  if (rest.length === 1 && people.commonWords.has((rest[0] ?? "").toLowerCase())) return null;
  // "Chinese": a nationality cut from a longer subject names no speaker.
  if (rest.length === 1 && NATIONALITY_ADJECTIVES.has((rest[0] ?? "").toLowerCase())) return null;
  return rest.join(" ");
}

/** Lower-case heads that stand for an organisation named before: "the company", "the utility". */
const ORG_HEADS = new Set(["company", "utility", "firm", "agency", "department", "ministry", "commission", "board", "team", "diocese", "organization", "organisation", "association", "union", "council", "committee", "university", "hospital", "school", "group", "club", "government"]);
/** Heads that fit any organisation ("the company" after "Acme said"); the others must be in its name ("the commission" → "Harbour Commission"). */
const GENERIC_ORG_HEADS = new Set(["company", "utility", "firm", "organization", "organisation", "group", "team"]);

const DESCRIBED_START = /^(?:a|an|the|one|another|his|her|their|its|our|this|that)\s/i;
const NOT_IN_DESCRIPTION = /\b(?:he|she|they|it|we|i|you|and|but|or|to|that|who|which)\b/i;

/**
 * An unnamed speaker, as written, when no name can be found for it: "a
 * spokesperson", "a neighbour", "the commission", "his office", "Harbour
 * staff", "protesters", "local officials". The phrase must end in a speaker
 * noun and open with a determiner, a capitalised modifier or the noun
 * itself, or be a bare plural with modifiers.
 */
function describedSpeaker(t: string): string | null {
  const phrase = t.replace(/[\s,.;:]+$/, "");
  const words = phrase.split(/\s+/);
  const first = words[0] ?? "";
  const head = (words[words.length - 1] ?? "").toLowerCase();
  // "another member of the public": the head before the prepositional phrase may be the speaker noun.
  if (words.length > 8 || !(SPEAKER_NOUNS.has(head) || SPEAKER_NOUNS.has(roleHead(words.map((w) => w.toLowerCase())))) || NOT_IN_DESCRIPTION.test(phrase)) return null;
  const opens = DESCRIBED_START.test(phrase) || words.length === 1 || isBarePlural(phrase) || (/^\p{Lu}/u.test(first) && !CAPITALISED_STOPWORDS.has(wordKey(first)));
  if (!opens) return null;
  // "The attorney general's office" is the Attorney General's Office: an office named by whose it is needs no article.
  return /^the\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s\s+office$/iu.test(phrase) ? phrase.replace(/^the\s+/i, "") : phrase;
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
