/**
 * What a date or fact is about, read from the clause around it: the event
 * word ("elected"), the names in reach ("Dong"), and how the date relates to
 * the event ("in 2018" places it; "since", "before" and "after" do not).
 */
import { foldWord } from "../align/normalize.js";
import { STOPWORDS } from "../align/stopwords.js";
import { CALENDAR_WORDS, EVENT_SYNONYMS, NUMBER_WORDS, VERDICT_WORDS } from "./lexicon.js";

/** How a date relates to its event: places it, or bounds it from one side. */
export type DateRelation = "at" | "since" | "before" | "after" | "range";

export interface EventKey {
  /** Light stem of the event word: "elected" → "elect"; "the 2019 election" → "election". */
  head: string | null;
  /** Folded capitalised words in reach: "Dong", "China". */
  entities: Set<string>;
  relation: DateRelation;
  /**
   * The date names the event rather than placing it — “the 2019 election”,
   * “the 2019 and 2021 elections”: a different year is another event, never
   * a contradiction.
   */
  attributive: boolean;
  /** "first" / "again" / "last": "first elected in 2015" and "re-elected in 2019" are two events. */
  order: string | null;
  /** The common noun the event happens to: “The breach happened last Thursday” → "breach". */
  subject: string | null;
}

interface Word {
  raw: string;
  norm: string;
}

const BOUNDARY = /[.!?;:,—–()“”"\n]/;
const SENTENCE_END = /[.!?\n]/;
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
const DETERMINERS = new Set(["the", "a", "an", "that", "this", "its", "his", "her", "their", "our", "last", "next"]);
const COORDINATORS = new Set(["and", "or", "nor"]);
const TIME_WORDS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "earlier", "later", "ago", "night", "evening", "morning", "afternoon", "time"]);
const RELATIONS: Record<string, DateRelation> = {
  since: "since", before: "before", until: "before", till: "before", by: "before", prior: "before",
  after: "after", following: "after", from: "range", between: "range",
};
/** Particles that make a phrasal event verb: “stepped down”. */
const PARTICLES = new Set(["down", "out", "off", "up", "away"]);
/** Words between a subject and its verb: “the breach had happened”, “the wall finally gave way”. */
const AUXILIARIES = new Set(["was", "were", "is", "are", "be", "been", "had", "has", "have", "did"]);
const ORDER_WORDS = new Set(["first", "again", "last", "latest", "re", "initially", "recently", "later", "second"]);
/** A period that ends an abbreviation, not a sentence: “Tarrow Health Products Inc. on Wednesday recalled”. */
const ABBREVIATION = /(?:\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Sgt|Prof)|\b\p{Lu})\.$/u;
/** How far back from the date the event word may sit, in words. */
const WINDOW = 8;

function words(s: string): Word[] {
  return [...s.matchAll(WORD)].map((m) => ({ raw: m[0], norm: foldWord(m[0]) }));
}

/**
 * Inflection-only stem: "elected" → "elect", "reporting" → "report",
 * "elections" → "election". Unlike Porter it keeps "election" apart from
 * "elected", so "before the 2019 election" never matches "elected in 2018".
 */
export function lightStem(w: string): string {
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

const isDateWord = (n: string): boolean =>
  /^\d/.test(n) || NUMBER_WORDS.has(n) || CALENDAR_WORDS.has(n) || TIME_WORDS.has(n);
const isEventWord = (w: Word): boolean =>
  !STOPWORDS.has(w.norm) && !isDateWord(w.norm) && !ORDER_WORDS.has(w.norm) && !/^\p{Lu}/u.test(w.raw);
const isPast = (w: Word): boolean => /(ed|en)$/.test(w.norm) && w.norm.length > 4;

/**
 * The event key of the statement at `start`–`end` in `text`. The clause runs
 * back to the nearest punctuation mark and forward to the next. The head is
 * the nearest past participle before the date (“Dong was first elected at the
 * federal level in 2018” → "elect"), else the noun the date modifies (“before
 * the 2019 election” → "election"), else the nearest content word.
 */
export function readEventKey(text: string, start: number, end: number): EventKey {
  let s = start;
  while (s > 0 && !BOUNDARY.test(text[s - 1] ?? "")) s--;
  let e = end;
  while (e < text.length && !BOUNDARY.test(text[e] ?? "")) e++;
  const inner = dropRelativeWords(words(text.slice(start, end)));
  const before = [...words(text.slice(s, start)), ...inner.filter((w) => !isDateWord(w.norm))].slice(-WINDOW);
  const after = words(text.slice(end, e)).slice(0, 3);
  const lastBefore = words(text.slice(s, start)).at(-1)?.norm ?? "";
  const relationWord = [...inner, ...before.slice(-2)].map((w) => w.norm).find((n) => n in RELATIONS);
  const attributive =
    DETERMINERS.has(lastBefore) || COORDINATORS.has(lastBefore) || DETERMINERS.has(inner.find((w) => !isDateWord(w.norm))?.norm ?? "");
  const modified = attributive ? after.find(isEventWord) : undefined;
  const past = [...before].reverse().find((w) => isEventWord(w) && isPast(w));
  const nearest = [...before].reverse().find(isEventWord);
  const verdict = [...before].reverse().find((w) => VERDICT_WORDS.has(w.norm));
  // “Orlan on Wednesday recalled nine lots”, “On Oct. 16, Orlan recalled …”: the verb after the date.
  const following = nearest ? [] : wordsAfter(text, s, end, e);
  const later = following.find((w) => isEventWord(w) && isPast(w));
  const head = past ?? verdict ?? modified ?? nearest ?? later;
  const context = later && head === later ? following.slice(0, following.indexOf(later) + 1) : before;
  // Names reach back to the sentence start, past commas: in “Ortiz, who was
  // first elected in 2018, …” the clause is “who was first elected in 2018”.
  let sentence = s;
  while (sentence > 0 && !(SENTENCE_END.test(text[sentence - 1] ?? "") && !ABBREVIATION.test(text.slice(Math.max(0, sentence - 6), sentence)))) sentence--;
  const reach = [...words(text.slice(sentence, start)).slice(-2 * WINDOW), ...inner, ...after, ...following.slice(0, WINDOW)];
  return {
    head: head ? headOf(context, head) : null,
    subject: head ? subjectOf(context, head) : null,
    entities: new Set(reach.filter((w) => /^\p{Lu}/u.test(w.raw) && !STOPWORDS.has(w.norm) && !isDateWord(w.norm)).map((w) => w.norm)),
    attributive,
    relation: relationWord ? (RELATIONS[relationWord] ?? "at") : "at",
    order: [...before].map((w) => w.norm).find((n) => ORDER_WORDS.has(n) || n.startsWith("re-")) ?? null,
  };
}

/** Words that may open a sentence before its date: “On Oct. 16, Orlan recalled …”. */
const OPENERS = new Set(["on", "in", "at", "by", "early", "late", "then"]);

/**
 * The words after a date that may hold its event when none stands before
 * it: the rest of its clause, and, when the date opens its sentence (“On
 * Oct. 16, Orlan recalled nine lots”), the clause after the comma.
 */
function wordsAfter(text: string, clauseStart: number, end: number, clauseEnd: number): Word[] {
  const opener = words(text.slice(clauseStart, end)).every((w) => OPENERS.has(w.norm) || isDateWord(w.norm) || /^\p{Lu}/u.test(w.raw));
  const own = words(text.slice(end, clauseEnd));
  if (own.length > 0 || !opener || text[clauseEnd] !== ",") return own.slice(0, WINDOW);
  let e = clauseEnd + 1;
  while (e < text.length && !BOUNDARY.test(text[e] ?? "")) e++;
  return words(text.slice(clauseEnd + 1, e)).slice(0, WINDOW);
}

/** Words that make a date relative, not an event's order or a determiner: “last Thursday”, “next week”. */
const RELATIVE = new Set(["last", "next", "this", "past", "coming"]);

/** The date's own words without “last” in “last Thursday”: it says which Thursday, not which of several events. */
function dropRelativeWords(inner: Word[]): Word[] {
  return inner.filter((w, k) => !(RELATIVE.has(w.norm) && isDateWord(inner[k + 1]?.norm ?? "")));
}

/**
 * The head's stem with its particle, folded to its family: “resigned” →
 * "resign", “stepped down” → "resign" (see EVENT_SYNONYMS).
 */
function headOf(before: Word[], head: Word): string {
  const stem = lightStem(head.norm.replace(/^re-/, "re"));
  const next = before[before.indexOf(head) + 1]?.norm ?? "";
  const phrase = PARTICLES.has(next) ? `${stem} ${next}` : stem;
  return EVENT_SYNONYMS.get(phrase) ?? EVENT_SYNONYMS.get(stem) ?? stem;
}

/**
 * The noun right before the head, auxiliaries and adverbs aside: “The breach
 * happened” → "breach"; the last word of a name whose head is a common noun
 * counts too: “The Pellham Creek Fire started Saturday” → "fire", as “The
 * fire started Sunday” does.
 */
function subjectOf(before: Word[], head: Word): string | null {
  for (let k = before.indexOf(head) - 1; k >= 0; k--) {
    const w = before[k];
    if (!w) return null;
    if (AUXILIARIES.has(w.norm) || w.norm.endsWith("ly")) continue;
    const named = /^\p{Lu}\p{Ll}+$/u.test(w.raw) && k > 0 && /^\p{Lu}/u.test(before[k - 1]?.raw ?? "") && !STOPWORDS.has(w.norm) && !isDateWord(w.norm);
    return (isEventWord(w) || named) && !isPast(w) ? lightStem(w.norm) : null;
  }
  return null;
}

/**
 * Two keys may be about one event: one head, no clashing order word
 * (“first elected” vs “re-elected”; a bare “elected” goes with either), and
 * relations that can meet (“released in 2021” / “imprisoned from 2018 to
 * 2021”: a point and a range). Enough to call two compatible values agreeing.
 */
export function similarEvent(a: EventKey, b: EventKey): boolean {
  if (!a.head || a.head !== b.head) return false;
  if (a.relation !== b.relation && !(isPointOrRange(a) && isPointOrRange(b))) return false;
  return !a.order || !b.order || a.order === b.order;
}

/**
 * Two keys surely name the same event: {@link similarEvent}, the same
 * relation, and a shared name (“Dong was first elected in 2018” / “Since
 * Dong was elected in 2019”) or subject (“The breach happened …” twice).
 * Required before two values may contradict.
 */
export function sameEvent(a: EventKey, b: EventKey): boolean {
  if (!similarEvent(a, b) || a.relation !== b.relation) return false;
  return [...a.entities].some((x) => b.entities.has(x)) || sameSubject(a, b);
}

/** Both events happen to one thing: “The breach happened last Thursday” / “The breach happened on Tuesday, March 4”. */
export function sameSubject(a: EventKey, b: EventKey): boolean {
  return a.subject !== null && a.subject === b.subject;
}

function isPointOrRange(k: EventKey): boolean {
  return k.relation === "at" || k.relation === "range";
}
