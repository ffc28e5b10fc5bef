import type { Span } from "../../schema/index.js";
import { splitSentences } from "../../segment/sentences.js";
import { verbSubject } from "./cues.js";
import type { SpeakerScene } from "./scene.js";
import { resolveSubject } from "./resolve.js";
import { phraseAfter } from "./subject.js";
import { findVerbs } from "./verbs.js";

const NONE = new Set<string>();

/**
 * Who the text in `[from, to)` says is speaking, for a quotation that has no
 * cue of its own: the subject of its last reporting verb ("… Mr. Vega
 * predicted that result could lead to an early vote." / “The collapse …”),
 * else the person its last sentence opens with ("Ana Silva, the town's
 * doctor, is more blunt: “…”"). Null when neither names anyone.
 */
export function speakerInText(scene: SpeakerScene, from: number, to: number): string | null {
  const sentences = splitSentences(scene.text, { start: from, end: to });
  return fromLastVerb(scene, sentences, from, to) ?? fromSentenceSubject(scene, sentences.at(-1));
}

function quoteSpans(scene: SpeakerScene): Span[] {
  return scene.quotes.map((q) => ({ start: q.open, end: (q.close ?? q.end) + 1 }));
}

function fromLastVerb(scene: SpeakerScene, sentences: Span[], from: number, to: number): string | null {
  const verb = findVerbs(scene.text, from, to, quoteSpans(scene)).filter((v) => v.base !== "according").at(-1);
  if (!verb) return null;
  const sentence = sentences.find((s) => s.start <= verb.start && verb.start < s.end);
  const subject = verbSubject(scene.text, sentence?.start ?? from, verb);
  if (!subject) return null;
  const phrase = scene.text.slice(subject.start, subject.end);
  return resolveSubject(phrase, subject.start, scene.people, null);
}

function fromSentenceSubject(scene: SpeakerScene, sentence: Span | undefined): string | null {
  if (!sentence) return null;
  const phrase = phraseAfter(scene.text, sentence.start, sentence.end, NONE);
  if (!phrase) return null;
  const words = scene.text.slice(phrase.start, phrase.end);
  if (!/^(?:he\b|she\b|He\b|She\b|(?!The\b|A\b|An\b)\p{Lu})/u.test(words)) return null;
  const speaker = resolveSubject(words, phrase.start, scene.people, null);
  return speaker && scene.people.mentions.some((m) => speaker.endsWith(m.name)) ? speaker : null;
}
