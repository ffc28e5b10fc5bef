/**
 * When two quote renderings take the same words: the rules that link them.
 * Groups are connected components over these links, so each rule must be
 * precise — one false link merges two utterances.
 */
import type { QuoteView } from "./views.js";
import type { Rarity } from "./rarity.js";
import { NEGATORS } from "./stopwords.js";
import { stemWord } from "./similarity.js";

/** Share of the shorter rendering's content stems the longer must hold. */
export const CONTAINMENT = 0.6;

/** Both name a speaker and the names differ: evidence against one utterance. */
export function speakersConflict(a: QuoteView, b: QuoteView): boolean {
  const sa = a.quote.speaker?.toLowerCase();
  const sb = b.quote.speaker?.toLowerCase();
  return Boolean(sa && sb && sa !== sb);
}

const NEGATOR_STEMS: ReadonlySet<string> = new Set([...NEGATORS].map(stemWord));

/** Share of the shorter rendering's content stems that the other holds (negators aside), in [0, 1]. */
export function supportOf(a: QuoteView, b: QuoteView): number {
  return countShared(a, b) / Math.max(1, Math.min(a.stems.size, b.stems.size));
}

function countShared(a: QuoteView, b: QuoteView): number {
  const [small, big] = a.stems.size <= b.stems.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small.stems) if (big.stems.has(s) && !NEGATOR_STEMS.has(s)) n++;
  return n;
}

function sharedStems(a: QuoteView, b: QuoteView): string[] {
  const [small, big] = a.stems.size <= b.stems.size ? [a, b] : [b, a];
  return [...small.stems].filter((s) => big.stems.has(s) && !NEGATOR_STEMS.has(s));
}

/**
 * A shared run of words (found by the shingle index) links two renderings
 * when it is not just a stock phrase inside two different sentences: two
 * thirds of the shorter's content is shared, or three stems and a quarter of it.
 * “I have informed the leaders that I will be sitting as an independent at
 * the conclusion of these remarks” shares a seven-word run with “I will be
 * sitting as an independent so that the business of government is not
 * interrupted”, and nothing else (two stems of six): two sentences.
 */
export function linkedByRun(a: QuoteView, b: QuoteView, rarity?: Rarity): boolean {
  const shared = countShared(a, b);
  const support = supportOf(a, b);
  // Two shared stems make a link only when they are most of the shorter one
  // and one of them is rare in the corpus: “I do not think the U.S. is in a
  // recession” holds just “think” and “recession” (in every article of a
  // story about recession) of another sentence about not provoking one.
  if (shared >= 3) return support >= 0.25;
  return shared === 2 && support >= 2 / 3 && (rarity === undefined || sharedStems(a, b).some((s) => rarity(s) <= 0.5));
}

/**
 * Most of the shorter rendering's content reappears in the longer: the
 * partial “worked hard to defend their interests” within “I’ve worked hard
 * and advocated for their interest as a parliamentarian” (3 of 4 stems).
 * Needs two shared stems, so one common word never links.
 */
export function linkedByContainment(a: QuoteView, b: QuoteView): boolean {
  const n = Math.min(a.stems.size, b.stems.size);
  const shared = countShared(a, b);
  if (n < 2 || shared < 2 || shared / n < CONTAINMENT || speakersConflict(a, b)) return false;
  return n > SHORT || wordsWithin(a, b);
}

/** Renderings of at most this many content stems must bring no word of their own to be an excerpt. */
const SHORT = 3;

/**
 * Every word of the shorter rendering appears in the longer: “nothing to
 * cause any harm” within “I did nothing to cause them any harm”. “very
 * serious allegations” is not an excerpt of “Serious allegations that
 * individual candidates …”: its “very” says it is another utterance.
 */
function wordsWithin(a: QuoteView, b: QuoteView): boolean {
  const [short, long] = a.norms.length <= b.norms.length ? [a, b] : [b, a];
  const words = new Set(long.norms);
  return short.norms.every((w) => words.has(w));
}

/**
 * Two fragments of one to three content words, same speaker, sharing a rare
 * word: “witting affiliate” / “knowing affiliate” (a translation). A common
 * word is not enough: two quotes of one speaker may both say “allegations”.
 */
export function linkedAsFragments(a: QuoteView, b: QuoteView, rarity: Rarity): boolean {
  if (a.stems.size > 3 || b.stems.size > 3) return false;
  const sa = a.quote.speaker?.toLowerCase();
  if (!sa || sa !== b.quote.speaker?.toLowerCase()) return false;
  const shared = sharedStems(a, b);
  const union = new Set([...a.stems, ...b.stems]).size;
  return shared.length / Math.max(1, union) >= 1 / 3 && shared.some((s) => rarity(s) <= 0.5);
}

/**
 * A partial quote of at most {@link SHORT} content words whose words stand,
 * in order and together, inside a longer rendering of the same speaker: the
 * partial “within days.” of a spokesperson and another outlet's “The premier
 * expects to name a new minister within days,” of the same office. Too short
 * for the stem rules, but a run of two or more words by one speaker is the
 * same words.
 */
export function linkedAsExcerpt(a: QuoteView, b: QuoteView): boolean {
  const [short, long] = a.norms.length <= b.norms.length ? [a, b] : [b, a];
  if (short.quote.quoteKind !== "partial" || short.norms.length < 2 || short.stems.size === 0 || short.stems.size > SHORT) return false;
  const speaker = short.quote.speaker?.toLowerCase();
  if (!speaker || speaker !== long.quote.speaker?.toLowerCase() || long.norms.length <= short.norms.length) return false;
  return containsRun(long.norms, short.norms);
}

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
}
