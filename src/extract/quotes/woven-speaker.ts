import type { Span } from "../../schema/index.js";
import type { Attribution, SpeakerScene } from "../speakers/index.js";
import { verbSubject } from "../speakers/cues.js";
import { resolveSubject } from "../speakers/resolve.js";
import { fromCue } from "../speakers/scene.js";
import type { WovenSign } from "./woven.js";

/**
 * The speaker of a partial quotation woven in without a reporting verb, from
 * the sign that shows it is someone's words: the subject of the governing
 * verb ("Ana Silva called the plan “reckless”" → Ana Silva; "he became
 * “deeply worried”" → the man last named), or the possessor before it
 * ("Silva’s “moral duty”" → Ana Silva; "his “sheer panic”" → the man last
 * named). `previous` is the last speaker before the quotation. Null when the
 * sign names no one ("was described as “…”" has no subject).
 */
export function attributeWoven(scene: SpeakerScene, sign: WovenSign, paragraph: Span, previous: string | null): Attribution | null {
  const { text, people } = scene;
  if (sign.kind === "verb") {
    const verb = { start: sign.start, end: sign.end, base: text.slice(sign.start, sign.end).toLowerCase() };
    if (/\b(?:was|were|is|are|been|be)\s+$/i.test(text.slice(paragraph.start, sign.start))) return null;
    const subject = verbSubject(text, sentenceStart(text, paragraph.start, sign.start), verb);
    const a = fromCue(scene, { verb, subject: subject && trimTimeTail(text, subject) }, previous);
    return a.speaker === null ? null : a;
  }
  if (sign.kind !== "possessor") return null;
  const word = text.slice(sign.start, sign.end);
  const phrase = word === "his" ? "he" : word === "her" ? "she" : word;
  if (phrase === "their") return null;
  const speaker = resolveSubject(phrase, sign.start, people, previous);
  return speaker === null ? null : { speaker, mention: { start: sign.start, end: sign.end }, cue: null };
}

/** Where the sentence holding `at` starts, not before `floor`: after the last ". " before it. */
function sentenceStart(text: string, floor: number, at: number): number {
  const head = text.slice(floor, at);
  let start = floor;
  for (const m of head.matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}"“])/gu)) start = floor + m.index + m[0].length;
  return start;
}

/** A time phrase between subject and verb: "Ana Silva earlier this week called …", "Silva on Tuesday called …". */
const TIME_TAIL = /\s+(?:(?:earlier|later)\s+)?(?:(?:this|last)\s+(?:week|month|year)|on\s+\p{Lu}\p{Ll}+day|yesterday|today|earlier|later|recently)$/u;

/** `span` without a trailing time phrase, so "Ana Silva earlier this week" resolves as "Ana Silva". */
function trimTimeTail(text: string, span: Span): Span {
  const m = TIME_TAIL.exec(text.slice(span.start, span.end));
  return m ? { start: span.start, end: span.end - m[0].length } : span;
}
