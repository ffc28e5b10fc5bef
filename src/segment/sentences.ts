import type { Span } from "../schema/index.js";
import { ABBREVIATIONS } from "../data/abbreviations.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Sentence spans inside `span` of `text`, with offsets into `text`.
 * Starts from Intl.Segmenter and merges the breaks it gets wrong on news text:
 * after an abbreviation or initial ("Mr. Dong", "the U.S. sought"), and
 * inside an open quotation (“Let me be clear. What has been reported is false,” said …).
 * Leading and trailing white space is trimmed from every span.
 */
export function splitSentences(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const raw: Span[] = [];
  for (const seg of segmenter.segment(slice)) {
    raw.push({ start: span.start + seg.index, end: span.start + seg.index + seg.segment.length });
  }
  const merged: Span[] = [];
  for (const s of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldMerge(text, prev, s)) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

function shouldMerge(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(prev.start, prev.end).trimEnd();
  const lastWord = /(\S+)$/.exec(before)?.[1] ?? "";
  // "Mr." / "U.S." / "Sept." end a token, not a sentence: "Mr. Dong told us".
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return true;
  // A single capital initial: "Michael J. Fox".
  if (/^[A-Z]\.$/.test(lastWord)) return true;
  // Still inside a quotation: more opening than closing double marks so far.
  if (openQuoteDepth(before) > 0) return true;
  // The next piece starts lower-case: the break was not a sentence end ("… 9 a.m. on Monday").
  const nextText = text.slice(next.start, next.end);
  return /^\s*[a-z]/.test(nextText);
}

/** Unclosed curly double quotes in `s`; straight marks count by parity. */
function openQuoteDepth(s: string): number {
  let curly = 0;
  let straight = 0;
  for (const ch of s) {
    if (ch === "\u201C") curly++;
    else if (ch === "\u201D") curly = Math.max(0, curly - 1);
    else if (ch === '"') straight ^= 1;
  }
  return curly + straight;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
