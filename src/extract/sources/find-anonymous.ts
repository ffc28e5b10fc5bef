import type { Span } from "../../schema/index.js";
import { ANONYMITY_MARKERS, ANONYMITY_PHRASES, NON_INFORMANT_MODIFIERS, SOURCE_QUANTIFIERS } from "../../data/anonymity.js";
import type { SourceHit } from "./source-hit.js";

const HEAD = /\b(sources?|insiders?|officials?|people|persons?|individuals?)\b/g;
/** Heads that are unnamed sources only with a marker: "an official said" names no one, but it is not a cited source either. */
const NEEDS_MARKER = /^(officials?|people|persons?|individuals?)$/;
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
const PHRASE_AFTER = new RegExp(String.raw`^\s+(?:${ANONYMITY_PHRASES.join("|")})\b`, "i");

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
    const after = slice.slice(headEnd, headEnd + 60);
    if (/^\s+of\b/.test(after) && !PHRASE_AFTER.test(after)) continue;
    const mods = modifiersBefore(slice, m.index);
    if (mods.words.some((w) => NON_INFORMANT_MODIFIERS.has(w))) continue;
    const before = slice.slice(Math.max(0, mods.start - 40), mods.start);
    const marked = mods.words.some((w) => ANONYMITY_MARKERS.has(w)) || PHRASE_AFTER.test(after);
    if (NEEDS_MARKER.test(head) ? !marked : !(marked || CITING_BEFORE.test(before) || SPEAKING_AFTER.test(after))) continue;
    const kept = mods.words.filter((w) => !SOURCE_QUANTIFIERS.has(w) && !ANONYMITY_MARKERS.has(w) && !/^\d+$/.test(w));
    const pointsBack = kept.length === 0 && /^sources?$/.test(head);
    // "people familiar with the bid", "a person with knowledge of …": unnamed sources.
    const noun = NEEDS_MARKER.test(head) && kept.length === 0 ? "sources" : head;
    hits.push({
      start: span.start + mods.start,
      end: span.start + headEnd,
      kind: "anonymous",
      name: pointsBack ? null : [...kept, noun].join(" "),
    });
  }
  return hits;
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
