/**
 * Quotation marks and the context rules that tell an opening mark from a
 * closing one and a closing single mark from an apostrophe.
 */

export type MarkWidth = "double" | "single";

/** Curly and straight double marks; „ and « » are rare in English news but cheap to know. */
const DOUBLE_OPEN = new Set(["\u201C", "\u201E", "\u00AB"]);
const DOUBLE_CLOSE = new Set(["\u201D", "\u00BB"]);
const SINGLE_OPEN = "\u2018";
const SINGLE_CLOSE = "\u2019";

/** What one character may be, before context decides. */
export type MarkShape =
  | { width: MarkWidth; dir: "open" | "close" | "either" }
  | null;

/**
 * The shape of `ch` as a quotation mark, or null when it is not one.
 * Straight marks (" and ') carry no direction of their own: "either".
 */
export function markShape(ch: string): MarkShape {
  if (DOUBLE_OPEN.has(ch)) return { width: "double", dir: "open" };
  if (DOUBLE_CLOSE.has(ch)) return { width: "double", dir: "close" };
  if (ch === '"') return { width: "double", dir: "either" };
  if (ch === SINGLE_OPEN) return { width: "single", dir: "open" };
  if (ch === SINGLE_CLOSE) return { width: "single", dir: "close" };
  if (ch === "'") return { width: "single", dir: "either" };
  return null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Characters after which a mark opens: start, space, bracket, dash, slash, another mark. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/\u201C\u2018"'\u00AB:]/;

/** True when a mark at `i` sits where quotations open: after space/bracket/dash, before a non-space. */
export function opensHere(text: string, i: number, from: number): boolean {
  const prev = i > from ? (text[i - 1] ?? "") : "";
  const next = text[i + 1] ?? "";
  return (prev === "" || OPENS_AFTER.test(prev)) && next !== "" && !SPACE.test(next);
}

/** True when a mark at `i` sits where quotations close: after a non-space, before space, punctuation or the end. */
export function closesHere(text: string, i: number, from: number, to: number): boolean {
  const prev = i > from ? (text[i - 1] ?? "") : "";
  const next = i + 1 < to ? (text[i + 1] ?? "") : "";
  return prev !== "" && !SPACE.test(prev) && (next === "" || !LETTER_OR_DIGIT.test(next));
}

/**
 * True when a ’ or ' at `i` is an apostrophe, not a closing mark: letters on
 * both sides (I’m, Beijing’s) or a digit after (the ’90s).
 * "the Ferreiras’ lawyer" is left to the caller: it is an apostrophe unless a
 * single quotation is open.
 */
export function isInnerApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "";
  const next = text[i + 1] ?? "";
  return LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next);
}
