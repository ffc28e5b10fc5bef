import type { Span } from "../../schema/index.js";
import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import { findNameRuns, honorificGender, lowerCaseWords, namedPerson, splitPossessiveRun } from "./names.js";
import { isAfterThe, kinshipGender, singleNames } from "./single-names.js";
import { organisationRun } from "./organisations.js";
import { isOutletRun, outletNameOf } from "./outlet-runs.js";
import { inferGenders } from "./gender.js";
import { findCaptions, within } from "./captions.js";
import { definedAcronyms } from "./acronyms.js";
import { isFronted, isIntroduction } from "./mention-flags.js";
import { PERSON_ROLE_NOUNS, TITLE_WORDS } from "../../data/titles.js";
import type { SpokesBody } from "./spokes.js";
import { findSpokesBodies } from "./spokes.js";
import { findOffices, findTitled } from "./offices.js";

/** One place the article names a person, outside quotation marks. */
export interface PersonMention {
  start: number;
  end: number;
  /** The name as written, titles removed ("Dong", "Jagmeet Singh"). */
  name: string;
  /** Not after a preposition and not a possessive: "Dong, of course, denied …" yes; "a conversation with Tao" no. */
  subjectLike: boolean;
  /** A full name written with an age or a "who" clause after it: "accountant Ana Silva, 50." ({@link isIntroduction}). */
  introduced?: boolean;
  /** A name fronted before "he said," as the topic of the words that follow: "Vega, she said, “knows …”" ({@link isFronted}). */
  fronted?: boolean;
}

/** Who an article names: the mention stream for pronouns, full names for canonical forms, outlets for "the outlet". */
export interface People {
  mentions: PersonMention[];
  fullNames: Map<string, number>;
  /** Where each full name was written, in text order: picks the right Karlsson of two. */
  fullNameAt: { pos: number; name: string }[];
  gender: Map<string, "m" | "f">;
  outlets: { pos: number; name: string }[];
  /** Organisations named as subjects or by an organisation word, for "it said": "Eastbank Hydro has …", "the RCMP". */
  organisations: { pos: number; name: string }[];
  /** Bodies a spokesperson was brought in for, for "the spokesperson said" ({@link findSpokesBodies}). */
  spokesBodies: readonly SpokesBody[];
  /** The office title each full name is written with: "Premier Ana Silva" → "Premier" ({@link findOffices}). */
  offices: ReadonlyMap<string, string>;
  /** Each title written before exactly one person's full name, lower-cased: "auditor general" → "Ana Silva" ({@link findTitled}). */
  titled: ReadonlyMap<string, string>;
  /** Words the article writes in lower case ("decades", "hypertension"): capitalised, they open a sentence and name no one. */
  commonWords: ReadonlySet<string>;
  /** Acronyms the article defines in brackets, to the full name: "EHA" → "Eastbank Housing Authority". */
  acronyms: ReadonlyMap<string, string>;
  /** The quotations' spans, marks included: distances between a name and a description skip them. */
  quoted: readonly Span[];
}

const PRICE_AFTER = /^,?\s*\(?[$€£]\s?\d/;
const CONJUNCTIONS = new Set([
  "that", "but", "as", "while", "when", "because", "after", "before", "since", "though", "although",
  "where", "so", "then", "if", "once", "until", "unless", "whereas",
]);

/**
 * The people an article names in `paragraphs`, skipping text inside `quotes`.
 * A run of two to four capitalised words without organisation words is a
 * person ("Han Dong"); a single word is one when it is the last word of such
 * a name ("Dong") or stands as a subject before a verb ("Trudeau had defended …").
 */
export function collectPeople(text: string, paragraphs: readonly Span[], quotes: readonly Span[]): People {
  const captions = findCaptions(text, paragraphs);
  // "Eastbank Steel Razor, $180": a priced product names no one; a photographer credited names no one in the story.
  const runs = paragraphs.flatMap((p) => findNameRuns(text, p.start, p.end)).flatMap(splitPossessiveRun).filter((r) => !PRICE_AFTER.test(text.slice(r.end, r.end + 6)) && !within(captions.credits, r.start, r.end));
  const outside = runs.filter((r) => !quotes.some((q) => r.start >= q.start && r.end <= q.end));
  const fullNames = new Map<string, number>();
  const gender = new Map<string, "m" | "f">();
  const fullNameAt: { pos: number; name: string }[] = [];
  const commonWords = lowerCaseWords(text, paragraphs);
  for (const r of runs) {
    const name = namedPerson(r.text, commonWords);
    if (!name?.includes(" ")) continue;
    fullNames.set(name, (fullNames.get(name) ?? 0) + 1);
    fullNameAt.push({ pos: r.start, name });
  }
  const people: People = { mentions: [], fullNames, fullNameAt, gender, outlets: [], organisations: [], spokesBodies: findSpokesBodies(text, paragraphs, quotes), offices: findOffices(runs, (run) => namedPerson(run, commonWords)), titled: findTitled(runs, (run) => namedPerson(run, commonWords)), commonWords, acronyms: definedAcronyms(text, paragraphs), quoted: quotes };
  const singles = singleNames(text, outside, commonWords);
  for (const r of outside) {
    const name = namedPerson(r.text, commonWords);
    const start = r.start + r.text.indexOf(name?.split(" ")[0] ?? "");
    if (name && (name.includes(" ") || ((lastNameKnown(name, fullNames) || singles.has(name)) && !isAfterThe(text, start)))) {
      const subjectLike = !within(captions.paragraphs, r.start, r.end) && !PREPOSITION_LEAD.test(text.slice(r.start, start)) && isSubjectLike(text, r.start, r.end, r.text);
      // Marguerite “Peg” Sallow: the mention spans the nickname the name leaves out.
      const last = name.split(" ").at(-1) ?? name;
      const end = name.includes(" ") ? r.start + r.text.indexOf(last, start - r.start) + last.length : start + name.length;
      people.mentions.push({ start, end, name, subjectLike, introduced: isIntroduction(text, r, name), fronted: isFronted(text, r.end) });
      const g = honorificGender(r.text) ?? kinshipGender(text, r.start);
      if (g) gender.set(canonicalName(people, name), g);
    } else if (!name && isOutletRun(text, r.text, r.end)) {
      people.outlets.push({ pos: r.start, name: outletNameOf(r.text) });
    } else if (!name) {
      const org = isSubjectLike(text, r.start, r.end, r.text) ? organisationRun(text, r, commonWords) : null;
      if (org) people.organisations.push({ pos: r.start, name: org });
    }
  }
  inferGenders(text, paragraphs, quotes, people, canonicalName);
  return people;
}

/**
 * A contrasting preposition glued to the front of a name's run: "Unlike
 * Vega, he has no job". The name is set against the subject, not the one a
 * later "he" points back to. ("For Ana Silva, the day matters" is left
 * alone: there the name is the topic, and "she" is her.)
 */
const PREPOSITION_LEAD = /\b(?:Unlike|Like|Besides|Except|Including|Against|Than)\s+$/;

function lastNameKnown(name: string, fullNames: Map<string, number>): boolean {
  for (const full of fullNames.keys()) if (full.endsWith(` ${name}`)) return true;
  return false;
}


/**
 * A mention stands where subjects stand: at the start, after punctuation, or
 * after a conjunction ("that Dong had", "but Dong said") or a role ("tenants
 * advocate Ana Silva told"); not after a verb or
 * preposition ("informed Prime Minister Justin Trudeau", "with Tao"), and not
 * as a possessive ("Beijing’s meddling").
 */
const LIST_NEXT = /^(?:\s+(?:and|or)\s+\p{Lu}|,\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*(?:,|\s+(?:and|or)\b))/u;

/**
 * Inside a clause, a possessive, up to two words, then a lower-case noun and a
 * comma: "run by his father's friend, ", "with her lawyer, ". ("Given his
 * stated views, Ana Silva is hopeful" opens a sentence: Silva is its subject.)
 */
const OWNED_NOUN_BEFORE = /\b[a-z]+\s+(?:\p{L}+[’']s|his|her|their|its|our|my)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*$/u;

function isSubjectLike(text: string, start: number, end: number, run: string): boolean {
  if (/[’']s$/.test(run)) return false;
  // "run by his father's friend, Luis Vega, gave …": a name in apposition to someone's relation is no new subject.
  if (OWNED_NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  const window = text.slice(Math.max(0, start - 30), start);
  const line = window.slice(window.lastIndexOf("\n") + 1);
  const m = /(\S+)(\s+)(\S+)\s*$/.exec(` . ${line}`);
  const before = m?.[3] ?? "";
  // "in Eastbank, Red Deer and Sundre": an item in a list of names is no subject.
  if (/,$/.test(before) && LIST_NEXT.test(text.slice(end, end + 60))) return false;
  if (!/[A-Za-z]$/.test(before)) return true;
  // "According to Ana Silva, the roof leaked …": the source named is who the sentence reports, and a later "she" is her.
  if (before === "to" && /^according$/i.test(m?.[1] ?? "")) return true;
  // "“…,” says Vega", "…, echoes Vega.": the name after an inverted reporting verb is its subject.
  // "said Vega has …" is no inversion: the name must end the clause.
  if (REPORTING_VERB_FORMS.has(before.toLowerCase()) && /[,”"’!?]$/.test(m?.[1] ?? "") && /^\s*(?:[,.;:!?”"]|$)/.test(text.slice(end, end + 2))) return true;
  // "Michael Kovrig and Michael Spavor": a name joined to another is not a new subject; ", and Dong said" is.
  if (before === "and" || before === "or") return /,$/.test(m?.[1] ?? "");
  // "tenants advocate Ana Silva told …", "former governor Luis Vega": a role before the name heads no other phrase.
  const low = before.toLowerCase();
  // "insists 16-year-old Luis Vega": an age before the name describes it, like a role.
  return CONJUNCTIONS.has(low) || TITLE_WORDS.has(low) || PERSON_ROLE_NOUNS.has(low) || /-year-old$/.test(low);
}

/**
 * The fullest form of `name` the article gives: "Dong" → "Han Dong" when
 * "Han Dong" appears. With two full forms ("Erik Karlsson", "Melker
 * Karlsson"), the one written last before `pos` wins; else the most frequent,
 * then the longest. A longer form beats the name itself ("Al Vega" → "Omar
 * Al Vega"), and a given name alone takes the full name it opens when no
 * full name ends with it ("Jordan" → "Jordan Reyes", a teenager the article
 * calls by his first name).
 */
export function canonicalName(people: People, name: string, pos = -1): string {
  const tests: ((full: string) => boolean)[] = [
    (full) => full.endsWith(` ${name}`),
    (full) => full === name,
    (full) => !name.includes(" ") && full.startsWith(`${name} `),
  ];
  for (const fits of tests) {
    const found = fullestFitting(people, fits, pos);
    if (found) return found;
  }
  return name;
}

function fullestFitting(people: People, fits: (full: string) => boolean, pos: number): string | null {
  if (pos >= 0) {
    const recent = people.fullNameAt.filter((f) => f.pos < pos && fits(f.name)).at(-1);
    if (recent) return recent.name;
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [full, count] of people.fullNames) {
    if (!fits(full)) continue;
    if (count > bestCount || (count === bestCount && full.length > (best ?? "").length)) {
      best = full;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A copy of `people` for one stage to use: resolving "he" and "she" records the
 * genders it learns ({@link resolvePronoun}), and one stage's guesses must not
 * steer another's. Everything else is read-only and shared.
 */
export function forkPeople(people: People): People {
  return { ...people, gender: new Map(people.gender) };
}

/** The person the article names most often (by canonical name), for quotes with no other clue. */
export function mostSalientPerson(people: People): string | null {
  const counts = new Map<string, number>();
  for (const m of people.mentions) {
    const c = canonicalName(people, m.name);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, n] of counts) if (n > bestCount) [best, bestCount] = [name, n];
  return best;
}

/**
 * The person a "he"/"she" at `pos` refers to: the most recent subject-like
 * mention of a person whose known gender does not clash, else the most recent
 * mention. "Dong, of course, denied … a conversation with Tao …, he claimed"
 * → Dong, because Tao follows a preposition.
 */
export function resolvePronoun(people: People, pos: number, g: "m" | "f" | null): string | null {
  // "Vega, she said, “…”": the fronted name is the topic, not the "she".
  const before = people.mentions.filter((m) => m.end <= pos && !(m.fronted && pos - m.end <= 3)).reverse();
  const known = (m: PersonMention): "m" | "f" | undefined => people.gender.get(canonicalName(people, m.name, m.start));
  const same = (m: PersonMention): boolean => g !== null && known(m) === g;
  const open = (m: PersonMention): boolean => !g || known(m) === undefined;
  // With no subject to hand, a name whose gender fits beats one whose gender is unknown.
  const subject = before.find((m) => m.subjectLike && (same(m) || open(m)));
  // "… for accountant Ana Silva, 50. “…,” she says.": a person just brought in beats an older subject.
  const latest = before[0];
  const introduced = latest?.introduced && (same(latest) || open(latest)) ? latest : undefined;
  const pick = introduced ?? subject ?? before.find(same) ?? before.find(open);
  if (!pick) return null;
  const name = canonicalName(people, pick.name, pick.start);
  if (g && !people.gender.has(name)) people.gender.set(name, g);
  return name;
}
