import type { Span } from "../../schema/index.js";
import { splitSentences } from "../../segment/sentences.js";
import type { ScannedQuote } from "../quotes/scan.js";
import type { Cue } from "./cues.js";
import { cueAfter, cueBefore } from "./cues.js";
import type { People } from "./people.js";
import { collectPeople, forkPeople } from "./people.js";
import { resolveSubject } from "./resolve.js";

/** Who speaks a quotation, where the article says so, and with which verb. */
export interface Attribution {
  speaker: string | null;
  mention: Span | null;
  cue: Span | null;
}

/** Everything attribution needs about one article, computed once. */
export interface SpeakerScene {
  text: string;
  paragraphs: readonly Span[];
  quotes: readonly ScannedQuote[];
  people: People;
  /** Each quotation's own cue (after it, else before it in its sentence), or null. */
  cues: (Cue | null)[];
}

/**
 * Sets the scene: people named outside quotations and each quotation's own
 * cue. `known` is the article's people when the caller has read them already.
 */
export function setScene(text: string, paragraphs: readonly Span[], quotes: readonly ScannedQuote[], known?: People): SpeakerScene {
  const spans = quotes.map((q) => ({ start: q.open, end: (q.close ?? q.end) + 1 }));
  const people = known ? forkPeople(known) : collectPeople(text, paragraphs, spans);
  const sentences = paragraphs.map((p) => splitSentences(text, p));
  const cues = quotes.map((q, i) => {
    const p = paragraphs[q.paragraph];
    if (!p) return null;
    const next = quotes[i + 1];
    const limit = next && next.paragraph === q.paragraph ? next.open : p.end;
    const after = q.close === null ? null : cueAfter(text, q.close, limit, spans);
    if (after) return after;
    const sentence = (sentences[q.paragraph] ?? []).find((s) => s.start <= q.open && q.open < s.end);
    return cueBefore(text, sentence?.start ?? p.start, q.open, spans);
  });
  return { text, paragraphs, quotes, people, cues };
}

/** The attribution a cue gives: its subject phrase resolved to a canonical speaker. */
export function fromCue(scene: SpeakerScene, cue: Cue, previous: string | null): Attribution {
  const cueSpan = { start: cue.verb.start, end: cue.verb.end };
  if (!cue.subject) return { speaker: null, mention: null, cue: cueSpan };
  const phrase = scene.text.slice(cue.subject.start, cue.subject.end);
  return { speaker: resolveSubject(phrase, cue.subject.start, scene.people, previous), mention: cue.subject, cue: cueSpan };
}
