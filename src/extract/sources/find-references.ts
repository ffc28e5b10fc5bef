import type { Span } from "../../schema/index.js";
import { OUTLET_NOUNS } from "../../data/news-outlets.js";
import { isCitedOutlet } from "./outlet-cues.js";
import type { SourceHit } from "./source-hit.js";

const POINTER = new RegExp(String.raw`\b(?:the|The)\s+(?:same\s+)?(?:${OUTLET_NOUNS.join("|")})\b(?!\s+[A-Z])`, "g");
/** Unnamed news media as a source: "linked in media reports to …", "a series of reports in Canadian media". */
const MEDIA_REPORTS = /\b(?:(?:a\s+series\s+of\s+|several\s+|multiple\s+|recent\s+)?reports\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+|local\s+|national\s+|international\s+|foreign\s+)?media|(?<!\bthe\s)(?<!\bThe\s)media\s+reports)\b/g;
/** State or local media speaking: "Chinese state media reported". */
const KIND_MEDIA = /\b((?:[A-Z][\w-]*\s+)?(?:state|local|official|foreign)\s+media)\s+(?:also\s+)?(?:reported|said|says|reports|quoted|cited)\b/g;

/**
 * Mentions that stand for an outlet without naming it: a pointer back ("the
 * outlet further reported", "the same outlet had reported" — named later from
 * the outlet cited before), and unnamed media ("media reports" → "media reports";
 * "Chinese state media reported" → "Chinese state media").
 */
export function findOutletReferences(text: string, span: Span): SourceHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: SourceHit[] = [];
  for (const m of slice.matchAll(POINTER)) {
    const at = { start: span.start + m.index, end: span.start + m.index + m[0].length };
    // "the outlet further reported": a pointer is cited by the same cues as a name.
    if (isCitedOutlet(text, at, span)) hits.push({ ...at, kind: "outlet", name: null });
  }
  for (const m of slice.matchAll(MEDIA_REPORTS)) {
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, kind: "outlet", name: "media reports" });
  }
  for (const m of slice.matchAll(KIND_MEDIA)) {
    const name = m[1] ?? "";
    hits.push({ start: span.start + m.index, end: span.start + m.index + name.length, kind: "outlet", name });
  }
  return hits;
}
