import { CAPITALISED_STOPWORDS, INSTITUTION_ACRONYMS, NON_PERSON_WORDS } from "../../data/entity-words.js";
import { GENDERED_HONORIFICS, TITLE_WORDS } from "../../data/titles.js";
import { FIRST_NAME_GENDER } from "../../data/first-names.js";
import type { Span } from "../../schema/index.js";
import { listedBodyEnd } from "./listed-bodies.js";

/** A run of capitalised words in the text ("Conservative leader Pierre Poilievre" gives "Conservative" and "Pierre Poilievre"). */
export interface NameRun {
  start: number;
  end: number;
  text: string;
}

/** A capitalised word, with an inner apostrophe or hyphen (O’Toole, Jean-Yves), an initial (J.) or an all-caps acronym. */
export const CAP_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Hon|Rev|Cst|Supt|Det|[A-Z])\.|[A-Z][\p{L}\p{M}]*(?:[’'\-][\p{L}\p{M}]+)*)`;
/** Lower-case connectors that may stand inside a name run, one or two at a time: "House of Commons", "Ana van der Berg". */
const CONNECTOR = String.raw`(?:of|for|de|van|von|der|den|la|le|du|da|dos|bin|al)`;
/** A nickname in quotation marks inside a name: Marguerite “Peg” Sallow. */
const NICKNAME = String.raw`["“‘]${CAP_WORD}["”’]\s+`;
const RUN_RE = new RegExp(
  String.raw`${CAP_WORD}(?:\s+(?:${NICKNAME})?(?:${CONNECTOR}\s+){0,2}${CAP_WORD})*(?:[’']s\b)?`,
  "gu",
);
/** The quoted nickname inside a run, dropped from the name: Marguerite “Peg” Sallow → Marguerite Sallow. */
export const NICKNAME_IN_RUN = /\s+["“‘][\p{L}.'’-]+["”’](?=\s)/gu;

/** Capitalised runs in `text[from, to)`, in order. */
export function findNameRuns(text: string, from: number, to: number): NameRun[] {
  const runs: NameRun[] = [];
  RUN_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = RUN_RE.exec(slice); m; m = RUN_RE.exec(slice)) {
    const start = from + m.index;
    // "Ministry of the Environment, Conservation and Parks": a body's name runs on through its list.
    const end = Math.min(to, listedBodyEnd(text, m[0], start + m[0].length));
    runs.push({ start, end, text: text.slice(start, end) });
    RUN_RE.lastIndex = end - from;
  }
  return runs;
}

/**
 * A run that opens with a person's full name in the possessive splits there:
 * "choreographer Ana Silva’s Blue Room, a new work" gives "Ana Silva’s" and
 * "Blue Room", so the person is named even though the title follows her name
 * without a break. "the Prime Minister’s Office" stays whole: a title names no person.
 */
export function splitPossessiveRun(run: NameRun): NameRun[] {
  const m = /^(.+?[’']s)\s+(?=\p{Lu})/u.exec(run.text);
  if (!m?.[1]) return [run];
  const name = personNameOf(m[1]);
  if (!name?.includes(" ") || !m[1].startsWith(name.split(" ")[0] ?? "")) return [run];
  const rest = run.text.slice(m[0].length);
  return [
    { start: run.start, end: run.start + m[1].length, text: m[1] },
    { start: run.end - rest.length, end: run.end, text: rest },
  ];
}

/** Lower-case a word for lexicon look-up: "Mr." → "mr", "Dong’s" → "dong". */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[’']s$/, "").replace(/\.$/, "");
}

/**
 * The person's name inside a capitalised run, titles and honorifics removed,
 * or null when the run names no person: "Liberal Congressman Charles Sousa"
 * → "Charles Sousa", "Mr. Dong" → "Dong", "House of Commons" → null (an
 * organisation word), "Last" → null (a stop word).
 */
export function personNameOf(run: string): string | null {
  const all = run.replace(NICKNAME_IN_RUN, "").replace(/[’']s$/, "").split(/\s+/);
  // "Jingyi Pan of IG": a name ends at a connector; "Ana van der Berg" keeps its particles.
  const cut = all.findIndex((w, i) => /^[a-z]/.test(w) && !isParticle(all, i));
  const words = cut > 0 ? all.slice(0, cut) : all;
  let from = 0;
  const stop = (i: number): boolean => CAPITALISED_STOPWORDS.has(wordKey(words[i] ?? "")) && !namePartAt(words, i);
  words.forEach((w, i) => {
    const k = wordKey(w);
    // "Vancouver's Bo Horvat", "IFSD’s Azfar Ali Khan": a possessive before the name is not part of it.
    if (TITLE_WORDS.has(k) || stop(i) || (i < words.length - 1 && /[’']s$/.test(w))) from = i + 1;
    // "… via Getty Images Ana Silva at a ceremony": a caption's credit glued to the name before it.
    if (NON_PERSON_WORDS.has(k) && i < words.length - 2) from = i + 1;
  });
  const name = words.slice(from);
  if (name.length === 0 || name.length > 4) return null;
  if (name.some((w, i) => NON_PERSON_WORDS.has(wordKey(w)) || stop(from + i))) return null;
  if (name.some((w, i) => /^[a-z]/.test(w) && !isParticle(name, i))) return null;
  if (name.length > 1 && /^[A-Z]{2,}$/.test(name[0] ?? "")) return null; // "BC Hydro", "TD Bank": an acronym opens no person's name
  if (name.every((w) => /^(?:[A-Z]{2,}|\p{Lu}\.(?:\p{Lu}\.)*)$/u.test(w))) return null; // acronyms and shouting: RCMP, "PM EDT", "J.P. SMITH"
  if (name.every((w) => /^\p{Lu}\.?$/u.test(w) || TITLE_WORDS.has(wordKey(w)))) return null; // "S.", "Dr"
  return name.join(" ");
}

/** Lower-case particles inside a person's name: "Ana van der Berg", "Luis de la Cruz". */
const PARTICLES = new Set(["van", "von", "der", "den", "de", "la", "le", "du", "da", "dos", "del", "di", "bin", "al"]);

/** Whether `words[i]` is a particle between a given name and a capitalised surname. */
function isParticle(words: readonly string[], i: number): boolean {
  if (i === 0 || !PARTICLES.has(words[i] ?? "")) return false;
  const next = words.slice(i + 1).find((w) => !PARTICLES.has(w));
  return next !== undefined && /^\p{Lu}/u.test(next);
}

/**
 * A stop word is part of a name after an honorific or a given name: "Ms.
 * May", "Theresa May", "Sandra Oh"; alone it opens a sentence ("May 3", "Oh well").
 */
function namePartAt(words: readonly string[], i: number): boolean {
  const prev = wordKey(words[i - 1] ?? "");
  return i > 0 && (GENDERED_HONORIFICS.has(prev) || prev === "dr" || FIRST_NAME_GENDER.has(prev));
}

/** The gender an honorific in the run states ("Mr. Michael Spavor" → "m"), or null. */
export function honorificGender(run: string): "m" | "f" | null {
  for (const w of run.split(/\s+/)) {
    const g = GENDERED_HONORIFICS.get(wordKey(w));
    if (g) return g;
  }
  return null;
}

/**
 * The display name of an organisation mention: determiner dropped, curly
 * apostrophe made straight, a well-known acronym spelled out.
 * "the Prime Minister’s Office" → "Prime Minister's Office"; "the PMO" → "Prime Minister's Office".
 */
export function organisationName(mention: string): string {
  const bare = mention.replace(/^(?:the|a|an)\s+/i, "").replace(/’/g, "'").replace(/[\s,.;:]+$/, "").trim();
  return INSTITUTION_ACRONYMS.get(bare) ?? bare;
}

/** Every word the article writes in lower case: "the decades of neglect" tells that "Decades" opening a sentence is no name. */
export function lowerCaseWords(text: string, paragraphs: readonly Span[]): Set<string> {
  const words = new Set<string>();
  for (const p of paragraphs) {
    for (const m of text.slice(p.start, p.end).matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu)) words.add(m[0]);
  }
  return words;
}

/**
 * The person a capitalised run names, unless every word of the name is one
 * the article also writes in lower case: "Decades of neglect …" and "Beard
 * Oil, $12" name no one. A run with an honorific ("Ms. Rose") always names someone.
 */
export function namedPerson(run: string, common: ReadonlySet<string>): string | null {
  const name = personNameOf(run);
  if (!name || /\b(?:Mr|Mrs|Ms|Miss|Dr)\b/.test(run)) return name;
  return name.split(" ").every((w) => common.has(w.toLowerCase())) ? null : name;
}
