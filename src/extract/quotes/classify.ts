import type { QuoteKind, Span } from "../../schema/index.js";
import type { ScannedQuote } from "./scan.js";

/** Words before a quotation that make it a name or label, not someone's words: the so-called “two Michaels”. */
const NAMING_BEFORE = /\b(?:so-called|dubbed|nicknamed|known as|labelled|labeled|branded|titled|entitled|the (?:term|word|phrase|slogan|hashtag|title|motto)|called it|coined)\s*$/i;
/** Words after a quotation that say it is a name: the “two Michaels,” as they came to be known. */
const NAMING_AFTER = /^[\s,]*as (?:they|it|he|she|we|I) (?:came to be|are|is|were|was|have been|has been|became) (?:known|called|dubbed)/i;
/** A quoted label for where information came from: citing unnamed “national security sources”. */
const SOURCE_LABEL = /\bsources?[,.]?$/i;
const OPENS_SPEECH = /^[\s]*(?:\p{Lu}|\p{N}|[[(…'"‘“]|\.\.\.)/u;

/**
 * Whether a quotation renders speech, a fragment of it, or is a term.
 *
 * - term: a label with no one's words in it — a naming phrase around it (the
 *   so-called “…”, “…,” as they came to be known), a quoted source label
 *   (citing unnamed “national security sources”), or four words or fewer with
 *   no reporting cue ("a display of “progress” in their cases"); two words or
 *   fewer even at a sentence's end (what she called “the bomb.”).
 * - speech: it opens its sentence or follows , : ; — or ( and starts with a
 *   capital (Dong said, “To all my colleagues …”), or it starts with a capital,
 *   ends in sentence punctuation and has three words or more, or it continues
 *   a quotation from the previous paragraph.
 * - partial: anything else — words woven into the writer's sentence
 *   (he did “nothing to cause any harm”, the office “only became aware …”).
 */
export function classifyQuote(text: string, q: ScannedQuote, paragraph: Span, hasCue: boolean): QuoteKind {
  const inner = text.slice(q.start, q.end);
  const words = inner.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const before = text.slice(paragraph.start, q.open);
  const after = text.slice((q.close ?? q.end) + 1, paragraph.end);
  if (q.continued) return "speech";
  if (NAMING_BEFORE.test(before) || NAMING_AFTER.test(after)) return "term";
  if (words <= 5 && SOURCE_LABEL.test(inner.trim())) return "term";
  const prev = /(\S)\s*$/.exec(before)?.[1] ?? "";
  const startsUpper = OPENS_SPEECH.test(inner);
  const speechPlace = startsUpper && (prev === "" || /[,:;—–(\-.!?”"]/.test(prev));
  if (!hasCue && !speechPlace && isTitle(inner)) return "term";
  const endsSentence = /[.?!…]["'’”]?\s*$/.test(inner);
  if (!hasCue && !speechPlace && (words <= 2 || (words <= 4 && !endsSentence))) return "term";
  if (speechPlace) return "speech";
  if (startsUpper && /[.?!,…]["'’”]?\s*$/.test(inner) && words >= 3) return "speech";
  return "partial";
}

/** Title case over two words or more: a film, show or campaign name ("The Kid Who Would Be King", “Face the Nation.”). */
function isTitle(inner: string): boolean {
  const words = inner.replace(/[.,!?]+$/, "").trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(?:of|the|a|an|and|or|in|on|at|to|for|by|with)$/.test(w)));
}
