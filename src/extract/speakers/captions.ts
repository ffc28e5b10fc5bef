import type { Span } from "../../schema/index.js";

/** A photo credit in brackets: "(Ana Silva/Eastbank Press)", "( EASTBANK PRESS FILE PHOTO )", "(Photo: City of Eastbank)". */
const BRACKET_CREDIT = /\(\s*[^()\n]{0,120}?(?:\/|\bPHOTO\b|\bPhoto:)[^()\n]{0,120}\)/gu;
/** A credit opening a caption: "Ana Silva / The Eastbank Press Luis Vega, right, waves …". */
const LEADING_CREDIT = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\/\s+(?:The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?/u;

/** Where the article credits its photos, and which paragraphs are captions. */
export interface Captions {
  /** The credits themselves: a name in one is the photographer's, not a person in the story. */
  credits: Span[];
  /** Paragraphs that carry a credit: a caption describes a picture, and its subject is no antecedent. */
  paragraphs: Span[];
}

/**
 * Photo credits and the caption paragraphs that hold them: "Luis Vega, a
 * retired porter, looks at the photos. ( EASTBANK PRESS FILE PHOTO )" is a
 * caption, so a "he says" in the next paragraph goes back to the story's
 * speaker, not to Vega; "( Ana Silva / Harbour Record )" names the
 * photographer, who speaks nowhere.
 */
export function findCaptions(text: string, paragraphs: readonly Span[]): Captions {
  const credits: Span[] = [];
  const captions: Span[] = [];
  for (const p of paragraphs) {
    const seg = text.slice(p.start, p.end);
    const found: Span[] = [];
    for (const m of seg.matchAll(BRACKET_CREDIT)) found.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
    const lead = LEADING_CREDIT.exec(seg);
    if (lead) found.push({ start: p.start, end: p.start + lead[0].length });
    if (found.length > 0) captions.push(p);
    credits.push(...found);
  }
  return { credits, paragraphs: captions };
}

/** Whether `[start, end)` lies inside one of `spans`. */
export function within(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
