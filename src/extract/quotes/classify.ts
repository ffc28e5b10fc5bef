import type { QuoteKind, Span } from "../../schema/index.js";
import type { ScannedQuote } from "./scan.js";
import type { WovenSign } from "./woven.js";
import { findWovenSign } from "./woven.js";
import { isHeading, isLabel, isTitle } from "./labels.js";

/** Words before a quotation that make it a name or label, not someone's words: the so-called “harbour twins”, what is known as a “soft cap”. */
const NAMING_BEFORE = /\b(?:so-called|dubbed|nicknamed|known as(?: an?| the)?|labelled|labeled|branded|titled|entitled|the (?:term|word|phrase|slogan|hashtag|title|motto)|coined)\s*$/i;
/** Words after a quotation that say it is a name: the “Lakeside Three,” as they came to be known. */
const NAMING_AFTER = /^[\s,]*as (?:they|it|he|she|we|I) (?:came to be|are|is|were|was|have been|has been|became) (?:known|called|dubbed)/i;
/** A quoted label for where information came from: citing unnamed “intelligence sources”. */
const SOURCE_LABEL = /\bsources?[,.]?$/i;
const OPENS_SPEECH = /^[\s]*(?:\p{Lu}|\p{N}|[[(…'"‘“]|\.\.\.)/u;

/**
 * Whether a quotation renders speech, a fragment of it, or is a term.
 *
 * - term: a label with no one's words in it — a naming phrase around it (the
 *   so-called “…”, “…,” as they came to be known), a quoted source label
 *   (citing unnamed “intelligence sources”), a label whatever the cue (a
 *   quoted modifier of a noun, a title, a nickname, a sign's text, a heading
 *   in capitals: see isLabel, isHeading), one word with no cue, or four words
 *   or fewer with no cue ("a wave of “interference” in the vote"); two words
 *   or fewer even at a sentence's end (what she called “the pivot.”).
 *   Woven-speech signs count as a cue (findWovenSign: "described as “…”",
 *   "called the ruling “deeply flawed”", "became “deeply worried”").
 * - speech: it opens its sentence or follows , : ; — or ( and starts with a
 *   capital (Okafor said, “The plan is ready …”), or it starts with a capital,
 *   ends in sentence punctuation and has three words or more, or it continues
 *   a quotation from the previous paragraph.
 * - partial: anything else — words woven into the writer's sentence
 *   (he did “nothing wrong at all”, the office “only learned of it later …”).
 */
export function classifyQuote(text: string, q: ScannedQuote, paragraph: Span, hasCue: boolean): QuoteKind {
  const inner = text.slice(q.start, q.end);
  const words = countWords(inner);
  const before = text.slice(paragraph.start, q.open);
  const after = text.slice((q.close ?? q.end) + 1, paragraph.end);
  if (q.continued) return "speech";
  if (NAMING_BEFORE.test(before) || NAMING_AFTER.test(after)) return "term";
  if (words <= 5 && SOURCE_LABEL.test(inner.trim())) return "term";
  if (isLabel(before, inner, after, words) || isHeading(before, inner, after)) return "term";
  const prev = /(\S)\s*$/.exec(before)?.[1] ?? "";
  const startsUpper = OPENS_SPEECH.test(inner);
  const speechPlace = startsUpper && (prev === "" || /[,:;—–(\-.!?”"]/.test(prev));
  if (!hasCue && !speechPlace && isTitle(inner)) return "term";
  const endsSentence = /[.?!…]["'’”]?\s*$/.test(inner);
  const cued = hasCue || findWovenSign(before, inner, words) !== null;
  // "many names — or, simply, “Captain.”": one word with no cue is a name or label even where speech would stand.
  if (!cued && words <= 1) return "term";
  if (!cued && !speechPlace && (words <= 2 || (words <= 4 && !endsSentence))) return "term";
  if (speechPlace) return "speech";
  if (startsUpper && /[.?!,…]["'’”]?\s*$/.test(inner) && words >= 3) return "speech";
  return "partial";
}

function countWords(inner: string): number {
  return inner.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The sign that quotation `q` is someone's words woven into the sentence
 * (see findWovenSign), with `start`/`end` as offsets into `text`; null when none.
 */
export function wovenSignOf(text: string, q: ScannedQuote, paragraph: Span): WovenSign | null {
  const inner = text.slice(q.start, q.end);
  const sign = findWovenSign(text.slice(paragraph.start, q.open), inner, countWords(inner));
  return sign && { ...sign, start: paragraph.start + sign.start, end: paragraph.start + sign.end };
}
