import type { Attribution, SpeakerScene } from "./scene.js";
import { fromCue } from "./scene.js";
import { subjectBefore } from "./subject.js";

/** "call" or "term" right before the opening mark, its object moved before the subject: "a gap Ana Silva called “…”". */
const CALLED_BEFORE = /\b(?:call(?:s|ed)?|term(?:s|ed)?)\s*$/;

/**
 * The speaker of a quotation that a relative clause with "called" brings
 * in, its object moved in front of the subject: "… no records, a gap Ana
 * Silva called “a serious flaw.”" → Ana Silva; "what the mayor called “a
 * mess”" → the mayor. "call" alone is no reporting verb ("called the MP"),
 * so the quotation has no cue of its own; right before the mark, the words
 * are the caller's. Null when no subject stands before the verb in its sentence.
 */
export function calledSpeaker(scene: SpeakerScene, i: number, previous: string | null): Attribution | null {
  const q = scene.quotes[i];
  const p = q ? scene.paragraphs[q.paragraph] : undefined;
  if (!q || !p) return null;
  const before = scene.text.slice(p.start, q.open);
  const m = CALLED_BEFORE.exec(before);
  if (!m) return null;
  const verb = { start: p.start + m.index, end: p.start + m.index + m[0].trimEnd().length, base: "call" };
  const floor = p.start + Math.max(0, ...[...before.slice(0, m.index).matchAll(/[.!?;:]\s+/g)].map((s) => s.index + s[0].length));
  const phrase = subjectBefore(scene.text, floor, verb.start);
  // "a gap Ana Silva": the noun the clause hangs from is no part of its subject.
  const head = phrase ? /^(?:a|an|the|this|that)\s+(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu})/u.exec(scene.text.slice(phrase.start, phrase.end)) : null;
  const subject = phrase && head ? { start: phrase.start + head[0].length, end: phrase.end } : phrase;
  if (!subject || /^(?:it|they|who|which|that)$/i.test(scene.text.slice(subject.start, subject.end))) return null;
  const a = fromCue(scene, { verb, subject }, previous);
  return a.speaker === null ? null : a;
}
