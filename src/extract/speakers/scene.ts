import type { Span } from "../../schema/index.js";
import { splitSentences } from "../../segment/sentences.js";
import type { ScannedQuote } from "../quotes/scan.js";
import type { Cue } from "./cues.js";
import { cueAfter, cueBefore } from "./cues.js";
import type { People } from "./people.js";
import { collectPeople, forkPeople } from "./people.js";
import { resolveSubject } from "./resolve.js";
import { documentAuthor } from "./documents.js";
import { opinionAuthor } from "./opinion-author.js";
import { clauseSubject } from "./subject.js";

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
    const sentence = (sentences[q.paragraph] ?? []).find((s) => s.start <= q.open && q.open < s.end);
    const outlet = after !== null && citesOutlet(after, people);
    const before = after && !endsSentence(text, q) && !outlet ? null : cueBefore(text, sentence?.start ?? p.start, q.open, spans);
    if (after && !(before && (introducesQuote(text, before, q.open) || (outlet && before.verb.base !== "according")))) return after;
    return before;
  });
  return { text, paragraphs, quotes, people, cues };
}

/**
 * Whether a cue is "according to" a news outlet: "Ana Silva, the bank's
 * president, gave an interview noting “…”, according to CNBC." The outlet
 * only carried the words; a cue before the quotation names who said them.
 */
function citesOutlet(cue: Cue, people: People): boolean {
  const s = cue.subject;
  return cue.verb.base === "according" && s !== null && people.outlets.some((o) => o.pos >= s.start && o.pos < s.end);
}

/** Whether the quoted words end their sentence: “… we don’t even know.” */
function endsSentence(text: string, q: ScannedQuote): boolean {
  return q.close !== null && /[.!?]\s*$/.test(text.slice(Math.max(q.open, q.close - 3), q.close));
}

/**
 * Whether a cue before a quotation leads straight into it: "… and then
 * quipped to Vega, “That you should look into.” Vega laughed." A quotation
 * that ends its sentence after such a lead-in belongs to it; the verb after
 * the closing mark opens the next sentence.
 */
function introducesQuote(text: string, cue: Cue, open: number): boolean {
  if (!cue.subject) return false;
  const between = text.slice(cue.verb.end, open);
  // "… said in a statement that “patient safety is our highest priority.” The company says …": "that" leads in too.
  return between.length <= 40 && /^[^.!?;“”"]*(?:[,:]|\bthat)\s*$/.test(between);
}

/** The attribution a cue gives: its subject phrase resolved to a canonical speaker. */
export function fromCue(scene: SpeakerScene, cue: Cue, previous: string | null): Attribution {
  const cueSpan = { start: cue.verb.start, end: cue.verb.end };
  if (!cue.subject) return { speaker: null, mention: null, cue: cueSpan };
  const phrase = scene.text.slice(cue.subject.start, cue.subject.end);
  // "“…,” the court wrote": the opinion's author, when the article names one. "A statement said …": whoever issued it.
  const speaker = opinionAuthor(scene, phrase) ?? resolveSubject(phrase, cue.subject.start, scene.people, previous) ?? documentAuthor(scene, cue.subject);
  if (speaker === null && /ing$/.test(scene.text.slice(cue.verb.start, cue.verb.end))) return participleSubject(scene, cue, previous) ?? { speaker, mention: cue.subject, cue: cueSpan };
  return { speaker, mention: cue.subject, cue: cueSpan };
}

/**
 * The subject of the clause a participle cue hangs from, when the phrase just
 * before it names no one: "On Monday, Ana Silva gave an interview noting
 * “…”" → "Ana Silva", not "an interview".
 */
function participleSubject(scene: SpeakerScene, cue: Cue, previous: string | null): Attribution | null {
  const p = scene.paragraphs.find((x) => x.start <= cue.verb.start && cue.verb.start < x.end);
  if (!p) return null;
  const sentence = splitSentences(scene.text, p).find((s) => s.start <= cue.verb.start && cue.verb.start < s.end);
  const subject = clauseSubject(scene.text, sentence?.start ?? p.start, cue.verb.start);
  if (!subject) return null;
  const speaker = resolveSubject(scene.text.slice(subject.start, subject.end), subject.start, scene.people, previous);
  return speaker === null ? null : { speaker, mention: subject, cue: { start: cue.verb.start, end: cue.verb.end } };
}
