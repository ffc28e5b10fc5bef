/**
 * Count facts: “two unnamed national security sources” states how many
 * people or things a report rests on. Two outlets giving one set sizes that
 * cannot both hold cannot both be right. Precision first: years, money,
 * ages, times and ranges give none; a hedged number keeps its hedge
 * (“more than 2,000 homes” → ">2000", see count-value.ts).
 */
import type { Span } from "../../schema/index.js";
import type { WordToken } from "../../align/normalize.js";
import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import { clauseWords } from "./clause.js";
import type { FactHit } from "./fact-hit.js";
import { readVerbCount } from "./count-verb.js";
import { countsCompatible, hedgeBefore, isNumericTopic } from "./count-value.js";
import { readOutcomeCount } from "./count-outcome.js";
import { COUNT_BLOCKERS, COUNT_DROPPED_ADJECTIVES, COUNT_FUNCTION_WORDS, COUNT_WORDS, IRREGULAR_PLURALS, NOT_PLURAL, TIME_UNITS } from "./count-lexicon.js";

/** The noun phrase after the number spans at most this many words. */
const PHRASE_REACH = 4;
/**
 * Words before a number, when no hedge (count-value.ts) ends there, that make
 * it part of a range, a rank or a label: “between two and four”, “the top
 * 10”, “Room 12”. (“more than two” is a hedge and is kept.)
 */
const NOT_A_COUNT_BEFORE = new Set([
  "over", "under", "least", "than", "up", "between", "of", "per", "no", "number", "top", "last", "first", "next", "every",
  "aged", "age", "ages", "page", "chapter", "section", "article", "bill", "room", "grade", "level", "phase", "stage",
  "round", "game", "week", "day", "year", "route", "highway", "gate", "platform", "flight", "unit", "suite", "lot",
]);

/** Words that join the two ends of a range: “two or three officers”, “up to 20 officers”, “from 10 to 12”. */
const RANGE_JOINS = new Set(["to", "or", "and"]);

/**
 * Count facts in one sentence: topic `count:<last two content words,
 * singular>`, value the number in digits after its hedge's symbol. “Two
 * unnamed national security sources told the outlet” → "count:security
 * source" = "2". A single noun counts with its verb (see {@link
 * readVerbCount}): “lay off 240 workers” → "count:job|cut" = "240"; “More
 * than 2,000 homes evacuated” → "count:home|evacuat" = ">2000". No fact for
 * “in 2019 two …” years, “$5 million”, “20 per cent”, “a 12-year-old”,
 * “two years ago” (a time unit), “one of the sources” or “two or three
 * officers”.
 */
export function findCountFacts(text: string, sentence: Span): FactHit[] {
  const words = joinThousands(text, clauseWords(text, sentence.start, sentence.end));
  const norms = words.map((w) => w.norm);
  const hits: FactHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const value = w ? countValue(w) : null;
    if (!w || value === null) continue;
    const hedge = hedgeBefore(norms, i);
    const from = i - (hedge?.length ?? 0);
    const outcome = numberOnly(text, w) ? readOutcomeCount(text, words, i, singularOf) : null;
    if (!outcome && !standsAlone(text, words, i, from)) continue;
    const phrase = outcome ?? readPhrase(text, words, i + 1) ?? readVerbCount(text, words, i, value, singularOf, from);
    if (!phrase) continue;
    hits.push({ start: words[from]?.start ?? w.start, end: phrase.end, topic: `count:${phrase.key}`, value: `${hedge?.symbol ?? ""}${value}` });
  }
  return hits;
}

/**
 * One token for a number written with thousands separators: “1,400” is read
 * as the words “1” and “400”, which would make two counts or none.
 */
function joinThousands(text: string, words: WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (const w of words) {
    const last = out.at(-1);
    if (last && /^\d{1,3}(?:,\d{3})*$/.test(last.raw) && /^\d{3}$/.test(w.raw) && text.slice(last.end, w.start) === ",") {
      const raw = `${last.raw},${w.raw}`;
      out[out.length - 1] = { norm: raw.replace(/,/g, ""), raw, start: last.start, end: w.end };
    } else out.push(w);
  }
  return out;
}

/**
 * Drops topics one article counts twice with numbers that cannot both hold:
 * “two senior officials” in one paragraph and “three senior officials” in
 * the next name two different sets, so neither is the article's count
 * (“1,400 homes” and “about 1,400 homes” are one). Ages and terms must be
 * equal: “a 24-year-old man” and “a 30-year-old man” are two men.
 */
export function dropAmbiguousCounts(hits: FactHit[]): FactHit[] {
  const values = new Map<string, Set<string>>();
  for (const h of hits) if (/^(?:count|age|term|pct|tally|money|measure):/.test(h.topic)) values.set(h.topic, (values.get(h.topic) ?? new Set()).add(h.value));
  const oneValue = (topic: string): boolean => {
    const vs = [...(values.get(topic) ?? [])];
    if (!isNumericTopic(topic)) return vs.length <= 1;
    return vs.every((a, k) => vs.slice(k + 1).every((b) => countsCompatible(a, b)));
  };
  return hits.filter((h) => oneValue(h.topic));
}

/** "2" for “2” or “two”, "12" for “dozen”, "1400" for “1,400”; null for years (“2019”), ordinals (“2nd”) and other words. */
function countValue(w: WordToken): string | null {
  if (/^[1-9]\d{0,2}(?:,\d{3})+$/.test(w.raw)) return w.norm;
  if (/^\d{1,4}$/.test(w.raw)) return /^(?:1[89]|20)\d\d$/.test(w.raw) || w.raw.startsWith("0") ? null : String(Number(w.raw));
  return COUNT_WORDS.get(w.norm) ?? null;
}

/** No currency, sign or digit glued before the number: “$19”, “#19” and “2-19” count nothing. */
function numberOnly(text: string, w: WordToken): boolean {
  return !/[$€£¥#\d.,/\-–]/.test(text.charAt(w.start - 1));
}

/**
 * The number stands alone: spaces around it (no “$”, “%”, “2-1”,
 * “12-year-old”), not in a range (“two or three”, “between two and
 * four”), and not after a capitalised word mid-sentence (“Highway 401”).
 * `from` is where its hedge begins (“more than 20”), or `i` when it has none;
 * the checks on the words before look before the hedge.
 */
function standsAlone(text: string, words: WordToken[], i: number, from: number): boolean {
  const w = words[i];
  const prev = words[from - 1];
  const next = words[i + 1];
  if (!w || !next) return false;
  if (/[$€£¥#\d.,/\-–]/.test(text.charAt(w.start - 1))) return false;
  if (!/^ +$/.test(text.slice(w.end, next.start))) return false;
  if (from === i && prev && (NOT_A_COUNT_BEFORE.has(prev.norm) || (i > 1 && /^\p{Lu}/u.test(prev.raw)) || countValue(prev) !== null)) return false;
  if (from < i && prev && countValue(prev) !== null) return false;
  const far = words[from - 2];
  if (prev && far && RANGE_JOINS.has(prev.norm) && (countValue(far) !== null || far.norm === "up" || far.norm === "from")) return false;
  return countValue(next) === null && !COUNT_BLOCKERS.has(next.norm);
}

/**
 * The noun phrase after the number, up to its first plural noun: two or
 * more content words, spaces between, with the topic key its last two
 * after dropping adjectives of anonymity and rank. “unnamed national
 * security sources” → "security source"; “senior officials” → null (one
 * content word left); “consecutive quarters” → null (a time unit).
 */
function readPhrase(text: string, words: WordToken[], from: number): { key: string; end: number } | null {
  const content: string[] = [];
  for (let k = from; k < words.length && k - from < PHRASE_REACH; k++) {
    const w = words[k];
    if (!w || !/^\p{L}+$/u.test(w.raw) || COUNT_FUNCTION_WORDS.has(w.norm) || REPORTING_VERB_FORMS.has(w.norm)) return null;
    if (k > from && !/^ +$/.test(text.slice(words[k - 1]?.end ?? 0, w.start))) return null;
    if (!COUNT_DROPPED_ADJECTIVES.has(w.norm)) content.push(w.norm);
    const head = singularOf(w.norm);
    if (head === null) continue;
    if (TIME_UNITS.has(head) || content.length < 2) return null;
    return { key: [...content.slice(-2, -1), head].join(" "), end: w.end };
  }
  return null;
}

/** The singular of a plural noun, or null when the word is not one: “sources” → "source", “parties” → "party", “people” → "person"; “news”, “business” → null. */
export function singularOf(n: string): string | null {
  const irregular = IRREGULAR_PLURALS.get(n);
  if (irregular) return irregular;
  if (n.length < 3 || !n.endsWith("s") || /(?:ss|us|is|ous|'s)$/.test(n) || NOT_PLURAL.has(n)) return null;
  if (n.endsWith("ies")) return `${n.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(n)) return n.slice(0, -2);
  return n.slice(0, -1);
}
