import type { Span } from "../../schema/index.js";
import { speakerInText } from "./context.js";
import { organisationName } from "./names.js";
import type { SpeakerScene } from "./scene.js";

/** Documents that speak for whoever issued them: "a statement said", "the report said". */
const ISSUED = new Set(["statement", "release", "report", "study", "document", "notice", "memo", "letter", "paper", "survey", "review", "post", "blog", "email", "tweet", "message"]);

/** A capitalised name, its words joined by spaces, a possessive or "of" / "and" / "for" / "the": "University of Eastbank’s School of Law". */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.&-]*(?:(?:[’']s)?\s+(?:(?:of|and|for|the|on)\s+)*\p{Lu}[\p{L}\p{M}.&-]*)*`;
/** "… on Eastbank Rail's website": a document found on a body's own website is the body's. */
const ON_WEBSITE = new RegExp(String.raw`\b(?:on|from)\s+(?:the\s+)?(${NAME})[’']s\s+(?:web\s?site|blog|page)`, "u");
/** "said a statement released by the Harbour Premier's Office": the issuer right after the document. */
const RELEASED_BY = new RegExp(String.raw`^,?\s+(?:released|issued|published|sent|posted|e-?mailed)\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}\s]{0,30}?\s+)?by\s+(?:the\s+)?(${NAME})`, "u");
/** "a study by the Eastbank Institute", "a report from Harbour Rail". */
const ISSUED_BY = new RegExp(String.raw`\b(?:statement|release|report|study|document|notice|memo|letter|paper|survey|review|analysis)\s+(?:by|from)\s+(?:the\s+)?(${NAME})`, "gu");

/**
 * Who issued the document a subject phrase names, when the phrase names no
 * one itself: "says a document … on Eastbank Rail's website" → "Eastbank
 * Rail"; "the report said" after "A study by the Eastbank Institute found …"
 * → "Eastbank Institute"; "A statement said" after "The aid group Harbour
 * Trust said its director …" → "Harbour Trust". Looks in the phrase's own
 * sentence, then back through its paragraph and the two before. Null when
 * none of these names an issuer: the document then stays unattributed.
 */
export function documentAuthor(scene: SpeakerScene, subject: Span): string | null {
  const phrase = scene.text.slice(subject.start, subject.end).toLowerCase();
  const head = /(?:^|\s)([a-z-]+)$/.exec(phrase)?.[1] ?? "";
  if (!/^(?:a|an|the|this|that)\s/.test(phrase) || !ISSUED.has(head)) return null;
  const rest = scene.text.slice(subject.end, Math.min(scene.text.length, subject.end + 200)).split(/[.!?]\s/)[0] ?? "";
  const own = RELEASED_BY.exec(rest)?.[1] ?? ON_WEBSITE.exec(rest)?.[1];
  if (own) return organisationName(own);
  const from = paragraphBefore(scene, subject.start);
  const by = [...scene.text.slice(from, subject.start).matchAll(ISSUED_BY)].at(-1)?.[1];
  if (by) return organisationName(by);
  return speakerInText(scene, from, subject.start);
}

/**
 * Where the search for an issuer starts: two paragraphs before the one
 * holding `pos`, so that a one-line "WATCH: …" or "READ MORE: …" between
 * "Ana Silva stated in a blog post …" and "“…,” the post read" does not hide her.
 */
function paragraphBefore(scene: SpeakerScene, pos: number): number {
  const i = scene.paragraphs.findIndex((p) => p.start <= pos && pos <= p.end);
  return scene.paragraphs[Math.max(0, i - 2)]?.start ?? Math.max(0, pos - 600);
}
