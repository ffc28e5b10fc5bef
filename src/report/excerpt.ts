import { ABBREVIATIONS } from "../data/abbreviations.js";

/** The words around a span, for showing a date or a fact in its sentence. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const SENTENCE_END = /[.!?\n]/;

/** A sentence ends at `i` unless the period closes an abbreviation: “in Sept. 2021 that they were released”. */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i] ?? "";
  if (!SENTENCE_END.test(ch)) return false;
  if (ch !== ".") return true;
  const word = /(\S+)$/.exec(text.slice(Math.max(0, i - 12), i + 1))?.[1]?.toLowerCase() ?? "";
  return !ABBREVIATIONS.has(word) && !/^(?:\p{L}\.)+$/u.test(word);
}

/**
 * The sentence holding `start`–`end` (at most `max` characters each side), so
 * a report shows “Ortiz was first elected in 2016.” and not a bare “2016”.
 */
export function excerptAround(text: string, start: number, end: number, max = 100): Excerpt {
  let s = start;
  while (s > 0 && start - s < max && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < max && !endsSentence(text, e)) e++;
  if (e < text.length && text[e] !== "\n") e++;
  // “… she had done "nothing wrong."”: a closing quotation mark after the full stop belongs to the sentence.
  while (e < text.length && e > end && /[”"’')\]]/.test(text[e] ?? "")) e++;
  return {
    before: (s > 0 && start - s >= max ? "…" : "") + text.slice(s, start).trimStart(),
    match: text.slice(start, end),
    after: text.slice(end, e).trimEnd() + (e < text.length && e - end >= max ? "…" : ""),
  };
}

/** Caches file texts' excerpts behind one function the reporters are handed. */
export function makeExcerpter(textOf: (file: string) => string | undefined): (file: string, start: number, end: number) => Excerpt {
  return (file, start, end) => excerptAround(textOf(file) ?? "", start, end);
}
