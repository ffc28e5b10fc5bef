import type { Span } from "../../schema/index.js";
import {
  ANONYMITY_MARKERS, ANONYMITY_PHRASES, ANONYMOUS_ROLE_NOUNS, COUNTING_QUANTIFIERS, NON_INFORMANT_MODIFIERS, SOURCE_QUANTIFIERS,
} from "../../data/anonymity.js";
import type { SourceHit } from "./source-hit.js";

/** "sources" and "insiders" are informants by name; role nouns ("officials", "a company engineer") only when counted or marked. */
const HEAD = new RegExp(String.raw`\b(sources?|insiders?|${ANONYMOUS_ROLE_NOUNS.join("|")})\b`, "g");
const BY_NAME = /^(?:sources?|insiders?)$/;
/** Bare people nouns get the generic name: "a person familiar with the talks" → "sources". */
const GENERIC_PEOPLE = /^(?:people|persons?|individuals?)$/;
/** Words that end the walk back over a source's modifiers: "cited | two unnamed national security sources". */
const MODIFIER = /^[a-z][a-z-]*$|^\d+$/;
const FUNCTION_WORD = new Set([
  "of", "and", "or", "to", "in", "by", "on", "with", "from", "that", "which", "who", "as", "at", "for", "per", "than",
  "said", "says", "told", "say", "had", "has", "have", "was", "were", "is", "are", "be", "been", "not", "but", "if",
]);
/**
 * Words before a source phrase that show it is cited: "per the sources",
 * "Citing unnamed “national security sources”", "based largely on sources" (one
 * adverb may stand between "based" and "on").
 */
const CITING_BEFORE = /\b(?:citing|cited|according to|per|based(?:\s+(?:again|also|only|[a-z]+ly))?\s+on|quoting|quoted|told|unnamed|anonymous)\W*$/i;
/** A verb after the phrase that makes it speak: "two national security sources had said". */
const SPEAKING_AFTER = /^\W*(?:(?:had|have|has|also|further|reportedly)\s+)*(?:said|say|says|told|tell|claim|claimed|claims|allege|alleged|alleges|confirmed|confirm|indicated|suggested|believe|believed|described|revealed|warned)\b/i;
/** A marking phrase after the noun, maybe after a comma: "two officials, who were not authorized to speak, said". */
const PHRASE_AFTER = new RegExp(String.raw`^,?\s+(?:${ANONYMITY_PHRASES.join("|")})\b`, "i");
/** A name in apposition makes a role noun someone named: "an aide, Maria Lopez, said". */
const NAMED_AFTER = /^\s*,\s*(?:[A-Z][\w'’-]+\s+){1,3}/;

/**
 * Unnamed sources in `span` of `text`, named by what is left when counts and
 * anonymity words are dropped: "two unnamed national security sources" →
 * "national security sources"; "its unnamed sources" and "per the sources" get
 * no name of their own (they point back to the sources named before).
 * "energy sources" and "sources of funding" are not informants.
 */
export function findAnonymous(text: string, span: Span): SourceHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: SourceHit[] = [];
  for (const m of slice.matchAll(HEAD)) {
    const head = m[1] ?? "";
    const headEnd = m.index + m[0].length;
    const after = slice.slice(headEnd, headEnd + 80);
    // "a member of the rescue effort who was not authorized to speak": the marking phrase after a short "of" phrase.
    const ofPhrase = /^\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=,?\s+who\b)/.exec(after);
    if (/^\s+of\b/.test(after) && !PHRASE_AFTER.test(after) && !(ofPhrase && PHRASE_AFTER.test(after.slice(ofPhrase[0].length)))) continue;
    const mods = modifiersBefore(slice, m.index);
    if (mods.words.some((w) => NON_INFORMANT_MODIFIERS.has(w))) continue;
    const before = slice.slice(Math.max(0, mods.start - 40), mods.start);
    if (!isCitedUnnamed(head, mods.words, before, ofPhrase ? after.slice(ofPhrase[0].length) : after)) continue;
    const kept = mods.words.filter((w) => !SOURCE_QUANTIFIERS.has(w) && !ANONYMITY_MARKERS.has(w) && !/^\d+$/.test(w));
    const pointsBack = kept.length === 0 && /^sources?$/.test(head);
    // "people familiar with the bid", "a person with knowledge of …": unnamed sources.
    const noun = GENERIC_PEOPLE.test(head) && kept.length === 0 ? "sources" : head;
    hits.push({
      start: span.start + mods.start,
      end: span.start + headEnd,
      kind: "anonymous",
      name: pointsBack ? null : [...kept, noun].join(" "),
    });
  }
  return hits;
}

/**
 * Whether a source noun is an unnamed informant: marked ("unnamed sources",
 * "officials who spoke on condition of anonymity"), or, for "sources", cited
 * or speaking ("per the sources", "two sources said"); a role noun also when
 * counted and speaking or cited ("Two senior officials told the paper",
 * "citing two senior officials"), never when a name follows ("an aide, Maria
 * Lopez, said") or when only "the" points back ("the official said").
 */
function isCitedUnnamed(head: string, words: string[], before: string, after: string): boolean {
  if (words.some((w) => ANONYMITY_MARKERS.has(w)) || PHRASE_AFTER.test(after)) return true;
  const cited = CITING_BEFORE.test(before) || SPEAKING_AFTER.test(after);
  if (BY_NAME.test(head)) return cited;
  const counted = words.length > 0 && COUNTING_QUANTIFIERS.has(words[0] ?? "");
  return counted && cited && !NAMED_AFTER.test(after);
}

function modifiersBefore(slice: string, headStart: number): { start: number; words: string[] } {
  const words: string[] = [];
  let start = headStart;
  for (let i = 0; i < 5; i++) {
    const m = /(\S+)\s+$/.exec(slice.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const raw = m[1] ?? "";
    const w = raw.replace(/^[\u201C"\u2018']/, "");
    const lower = w.toLowerCase();
    if (!MODIFIER.test(lower) || FUNCTION_WORD.has(lower)) break;
    if (w !== lower && !SOURCE_QUANTIFIERS.has(lower) && !ANONYMITY_MARKERS.has(lower)) break;
    if (/(ed|ing)$/.test(lower) && !ANONYMITY_MARKERS.has(lower)) break;
    words.unshift(lower);
    start -= m[0].length - (raw.length - w.length);
    if (w !== raw) break;
  }
  return { start, words };
}
