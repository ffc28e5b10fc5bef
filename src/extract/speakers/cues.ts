import type { Span } from "../../schema/index.js";
import type { VerbHit } from "./verbs.js";
import { findVerbs } from "./verbs.js";
import { ABBREVIATIONS } from "../../data/abbreviations.js";
import { isBarePlural } from "./bare-plural.js";
import { clauseSubject, phraseAfter, subjectBefore } from "./subject.js";

/** A reporting cue for one quotation: the verb and the phrase naming who speaks. */
export interface Cue {
  verb: VerbHit;
  subject: Span | null;
}

/** Verbs that may come before their subject after a quotation: “…,” said Dong. Not "told" or "reported". */
const INVERTING = new Set([
  "say", "add", "ask", "reply", "respond", "write", "tweet", "explain", "note", "state", "recall", "conclude",
  "insist", "joke", "quip", "counter", "retort", "scold", "crow", "warn", "agree", "admit", "acknowledge", "remark", "observe",
  "comment", "concede", "continue", "argue", "declare", "announce", "exclaim", "whisper", "shout",
]);
const AFTER_PREPS = new Set(["for", "of"]);
/** A capitalised conjunction opening the words after a quotation starts a subordinate clause, which is no subject. */
const SUBORDINATE_OPENER = /^(?:When|While|Whereas|If|Although|Though|Because|Since|After|Before|Until|Unless|Once|Whether)\b/;

/**
 * The cue that follows a quotation's closing mark in the same sentence:
 * “…,” he said / “…” Dong said, adding … / “…,” said the Don Valley North
 * representative / “…,” Dong told the House. The verb must come within a
 * short subject's reach of the mark, before any sentence end or new quotation.
 */
export function cueAfter(text: string, close: number, limit: number, skip: readonly Span[]): Cue | null {
  const lead = /^[\s,]*(?:[—–-]\s*)?/.exec(text.slice(close + 1, limit))?.[0] ?? "";
  const from = close + 1 + lead.length;
  const long = sentenceStop(text, from, Math.min(limit, from + 200));
  const first = findVerbs(text, from, long, skip)[0];
  const appositive = first ? appositiveSubject(text, from, first.start) : null;
  if (first && appositive) return { verb: first, subject: appositive };
  const stop = Math.min(long, from + 90);
  const verb = first && first.end <= stop ? first : null;
  if (!verb) return null;
  const pre = text.slice(from, verb.start).trim();
  if (verb.base === "according") return pre === "" ? { verb, subject: phraseAfter(text, verb.end, stop, AFTER_PREPS) } : null;
  if (pre === "") {
    if (!INVERTING.has(verb.base)) return null;
    return { verb, subject: invertedSubject(text, verb.end, stop) };
  }
  const words = pre.split(/\s+/).length;
  // "“…” When asked about it, he replied …", "“…” While some critics say …": a new clause's verb, not this quotation's cue.
  if (words > 14 || SUBORDINATE_OPENER.test(pre)) return null;
  // "“…” including the coast, it said": a pronoun after a comma is the subject.
  const pronoun = /,\s*(he|she|it|they|we)$/i.exec(pre);
  if (pronoun?.[1]) {
    const at = verb.start - (text.slice(from, verb.start).length - text.slice(from, verb.start).trimEnd().length) - pronoun[1].length;
    return { verb, subject: { start: at, end: at + pronoun[1].length } };
  }
  if (!/^(?:\p{Lu}|he\b|she\b|they\b|we\b|i\b|the\b|a\b|an\b|some\b|it\b|his\b|her\b|their\b|its\b|our\b)/u.test(pre) && !(words <= 8 && DESCRIBED_NAME.test(pre)) && !isBarePlural(pre)) return null;
  return { verb, subject: subjectBefore(text, from, verb.start) };
}

/**
 * The subject of a reporting verb that introduces no quotation: "Ana Silva,
 * the board's chair, predicted that …" → "Ana Silva"; "Ms. Silva said she …" → "Ms. Silva".
 */
export function verbSubject(text: string, floor: number, verb: VerbHit): Span | null {
  return appositiveSubject(text, floor, verb.start) ?? subjectBefore(text, floor, verb.start) ?? clauseSubject(text, floor, verb.start);
}

/** A lower-case description that ends in a capitalised name: "communications officer Ana Silva", "former party critic Luis Vega". */
const DESCRIBED_NAME = /^[a-z][\p{L}-]*(?:\s+[\p{L}-]+)*?\s+\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*)+$/u;
/** A name, then one comma-set description of up to 20 words, then the verb: "Ana Silva, chief economist at Eastbank, said". */
const APPOSITIVE = /^((?:\p{Lu}[\p{L}\p{M}’'.-]*\s+)*\p{Lu}[\p{L}\p{M}’'.-]*),\s+(?:[^\s,“”"]+\s+){0,19}[^\s,“”"]+,\s*$/u;

/**
 * The subject of "“…,” Ana Silva, chief economist at Eastbank, said": the
 * name before a description set off by commas. The description names the
 * role, not the speaker, so the subject stops at the first comma.
 */
function appositiveSubject(text: string, from: number, verbStart: number): Span | null {
  const m = APPOSITIVE.exec(text.slice(from, verbStart));
  if (!m?.[1]) return null;
  return { start: from, end: from + m[1].length };
}

/**
 * The last cue before a quotation's opening mark in its sentence, outside
 * other quotations: "Dong said, “…”", "he told MPs he did “nothing …”",
 * "according to X, “…”", "Global News cited a spokesperson for the PMO as
 * saying that … a ‘back channel’".
 */
export function cueBefore(text: string, floor: number, open: number, skip: readonly Span[]): Cue | null {
  const verbs = findVerbs(text, floor, open, skip);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  if (verb.base === "according") return { verb, subject: phraseAfter(text, verb.end, open, AFTER_PREPS) };
  const citing = /\b(?:cited|quoted|cites|quotes|citing|quoting)\s+(.+?)\s+as\s+$/.exec(text.slice(floor, verb.start));
  if (citing?.[1] && /^(?:saying|telling|stating)/.test(text.slice(verb.start, verb.end))) {
    const at = floor + citing.index + citing[0].indexOf(citing[1]);
    return { verb, subject: { start: at, end: at + citing[1].length } };
  }
  // "…, asks Harbour Review editor Luis Vega, “…”": an inverted verb whose subject stands between it and the quotation.
  const between = text.slice(verb.end, open);
  // "quipped to Vega, “…”": a phrase after a preposition is the listener, not an inverted subject.
  if (INVERTING.has(verb.base) && between.length <= 80 && /^\s+\S[^,;:“”"]*[,:]\s*$/.test(between) && !/^\s+(?:to|at|with|about|on|in|from|by)\s/i.test(between)) {
    const inverted = invertedSubject(text, verb.end, open);
    if (inverted && /^\s*[,:]\s*$/.test(text.slice(inverted.end, open))) return { verb, subject: inverted };
  }
  const subject = ownedAppositiveBefore(text, floor, verb.start) ?? subjectBefore(text, floor, verb.start) ?? clauseSubject(text, floor, verb.start);
  return { verb, subject };
}

/** Where the sentence after a quotation ends: a full stop that ends no abbreviation ("says Dr. Matthew Bowes."), or a new quotation. */
function sentenceStop(text: string, from: number, to: number): number {
  const re = /[.!?;](?=\s|$)|[“”"‘]/g;
  const seg = text.slice(from, to);
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const word = /(\S+)$/.exec(seg.slice(0, m.index + 1))?.[1]?.toLowerCase() ?? "";
    if (m[0] === "." && (ABBREVIATIONS.has(word) || /^\p{L}\.$/u.test(word))) continue;
    return from + m.index;
  }
  return to;
}

/** Capitalised words, a few lower-case role words, then a name of two or more words: "Harbour general manager Ana Silva". */
const TITLED_NAME = /^\s+((?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){1,4}((?:[a-z][\p{L}-]*\s+){1,3})\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)+)/u;
const NOT_ROLE_WORD = /^(?:that|the|a|an|on|in|at|to|of|for|with|by|from|and|or|but|as|when|while|after|before|during|about|into|over|who|which|said|says|told|tells|is|was|has|had)$/;

/**
 * "said Eastbank general manager Ana Silva", "asks Harbour Review editor Luis
 * Vega": an organisation, its lower-case role words, then the person's
 * name — the whole phrase, so that the name at its end is the subject
 * rather than the organisation at its start.
 */
function titledName(text: string, from: number, stop: number): Span | null {
  const m = TITLED_NAME.exec(text.slice(from, stop));
  if (!m?.[1] || !m[2] || m[2].trim().split(/\s+/).some((w) => NOT_ROLE_WORD.test(w))) return null;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

/** A possessive, up to three lower-case words of relation, a comma, then a name that ends the clause: "Vega’s business partner, Ana Silva." */
const OWNED_APPOSITIVE = /^\s+(?:(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+)*\p{Lu}[\p{L}\p{M}.-]*[’']s|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+((?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)\s*(?=[,.;!?]|$)/u;

/**
 * "says Vega’s business partner, Ana Silva." / "says her son, Luis.": the
 * name in apposition speaks, not the person whose relation it is. Read as a
 * plain phrase the subject would stop at the possessive ("Vega’s"), giving
 * the speaker's partner or parent instead.
 */
function ownedAppositive(text: string, from: number, stop: number): Span | null {
  const m = OWNED_APPOSITIVE.exec(text.slice(from, stop));
  if (!m?.[1]) return null;
  const start = from + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
  return { start, end: start + m[1].length };
}

/** The same apposition before its verb: "Vega’s agent, Ana Silva, told the paper", "The authority's chief medical officer, Dr. Ana Pelt, said", "The mayor, Ana Pelt, said". */
const OWNED_APPOSITIVE_BEFORE = /(?:(?:\p{Lu}[\p{L}\p{M}.-]*[’']s|\b(?:[Tt]he\s+[a-z-]+[’']s|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y))\s+|\b[Tt]he\s+)(?:[a-z-]+\s+){0,2}[a-z-]+,\s+((?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*),\s*$/u;

/**
 * "Vega’s agent, Ana Silva, told the paper by email …" → "Ana Silva": the
 * name set off by commas after someone's relation is the subject; read back
 * from the verb, the closing comma would hide it.
 */
function ownedAppositiveBefore(text: string, floor: number, verbStart: number): Span | null {
  const seg = text.slice(floor, verbStart);
  const m = OWNED_APPOSITIVE_BEFORE.exec(seg);
  if (!m?.[1]) return null;
  const tail = seg.length - seg.replace(/,\s*$/, "").length;
  const start = floor + seg.length - tail - m[1].length;
  return { start, end: start + m[1].length };
}

/**
 * The subject after an inverted verb: "said the Don Valley North
 * representative", or a name after a few lower-case words of description:
 * "said oil and gas worker Mike Wipf" → "oil and gas worker Mike Wipf".
 */
function invertedSubject(text: string, from: number, stop: number): Span | null {
  const owned = ownedAppositive(text, from, stop);
  if (owned) return owned;
  const titled = titledName(text, from, stop);
  if (titled) return titled;
  const described = /^\s+((?:[a-z][\p{L}-]*\s+){1,5}?(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+)*\p{Lu}[\p{L}\p{M}’'-]*)/u.exec(text.slice(from, stop));
  const plain = phraseAfter(text, from, stop, AFTER_PREPS);
  if (described?.[1] && !/^(?:the|a|an)\s/.test(described[1]) && (!plain || !/\p{Lu}/u.test(text.slice(plain.start, plain.end)))) {
    const start = from + described[0].length - described[1].length;
    return { start, end: start + described[1].length };
  }
  return plain;
}
