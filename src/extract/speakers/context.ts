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

/**
 * The speaker of the last reporting verb in the range whose subject names
 * someone, trying the last two in its sentence: "Ana Silva stated in the
 * company’s blog post that …" skips "post", whose subject ("the company’s
 * blog") names no one, for "stated".
 */
function fromLastVerb(scene: SpeakerScene, sentences: Span[], from: number, to: number): string | null {
  const verbs = findVerbs(scene.text, from, to, quoteSpans(scene)).filter((v) => v.base !== "according");
  const last = verbs.at(-1);
  if (!last) return null;
  const sentence = sentences.find((s) => s.start <= last.start && last.start < s.end);
  for (const verb of verbs.slice(-2).reverse()) {
    if (sentence && verb.start < sentence.start) break;
    const subject = verbSubject(scene.text, sentence?.start ?? from, verb);
    const speaker = subject ? resolveSubject(scene.text.slice(subject.start, subject.end), subject.start, scene.people, null) : null;
    if (speaker !== null) return speaker;
  }
  return null;
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
