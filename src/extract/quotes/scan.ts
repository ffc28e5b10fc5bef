import type { Diagnostic, Span } from "../../schema/index.js";
import type { MarkShape, MarkWidth } from "./marks.js";
import { closesHere, isInnerApostrophe, markShape, opensHere } from "./marks.js";

/** One top-level quotation found by the scanner; `start`/`end` cover what stands between the marks. */
export interface ScannedQuote {
  start: number;
  end: number;
  /** Index of the opening mark in the file text (of the first quoted character when the opening mark is missing). */
  open: number;
  /** Index of the closing mark, or null when the quotation runs on past its paragraph's end. */
  close: number | null;
  width: MarkWidth;
  /** Index into the paragraphs the scanner was given. */
  paragraph: number;
  /** This piece reopens a quotation from the previous paragraph (news convention: reopen with “, close only the last). */
  continued: boolean;
}

interface State {
  depth: number;
  dOpen: number;
  sOpen: number;
  found: ScannedQuote[];
  strays: number[];
}

/**
 * Every top-level quotation in `paragraphs` of `text`, in text order.
 * A balanced-mark scanner run per paragraph, so a stray mark spoils one
 * paragraph at most. Curly and straight marks both count; single marks
 * inside a double quotation are part of its text; a top-level single pair
 * (‘I’ve never been offered …’) is a quotation too; apostrophes (I’m,
 * Lisbon’s, the Ferreiras’ lawyer) are not marks. A quotation open at a
 * paragraph's end continues when the next paragraph opens with a mark:
 * “… first paragraph / “… second paragraph.” gives two pieces, the second `continued`.
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): { quotes: ScannedQuote[]; diagnostics: Diagnostic[] } {
  const quotes: ScannedQuote[] = [];
  const diagnostics: Diagnostic[] = [];
  let carry = false;
  paragraphs.forEach((p, index) => {
    const st: State = { depth: 0, dOpen: -1, sOpen: -1, found: [], strays: [] };
    for (let i = p.start; i < p.end; i++) i += stepMark(text, p, i, index, st);
    const firstOpen = st.found[0];
    if (carry && firstOpen && firstOpen.open === firstMarkIndex(text, p)) firstOpen.continued = true;
    carry = false;
    if (st.depth > 0) {
      const next = paragraphs[index + 1];
      carry = next !== undefined && opensParagraph(text, next);
      const piece = pieceToEnd(text, st.dOpen, p.end, index);
      if (piece) st.found.push(piece);
      if (!carry) diagnostics.push(unclosed(st.dOpen));
    }
    diagnostics.push(...st.strays.map((at) => stray(at)));
    quotes.push(...st.found.filter((q) => q.end > q.start && /\S/.test(text.slice(q.start, q.end))));
  });
  return { quotes, diagnostics };
}

/** Reads the mark at `i` (if any) into the state; returns how many extra characters it used (a doubled single mark: ‘’ or ’’). */
function stepMark(text: string, p: Span, i: number, paragraph: number, st: State): number {
  const pair = doubledSingle(text, i, p.end);
  const shape = pair ?? markShape(text[i] ?? "");
  if (!shape) return 0;
  const last = pair ? i + 1 : i;
  const opens = opensHere(text, i, p.start);
  const closes = closesHere(text, last, p.start, p.end);
  if (shape.width === "double") {
    if (st.depth > 0) {
      // “ that stands where a closer stands is a typo'd closer; a straight " closes unless it clearly opens.
      const nested = shape.dir === "open" ? !(closes && !opens) : shape.dir === "either" && opens && !closes;
      if (nested && shape.dir === "either" && st.depth === 1 && text[st.dOpen] === '"') reopenDouble(text, i, paragraph, st);
      else if (nested) st.depth++;
      else closeDouble(i, last, paragraph, st);
    } else if (shape.dir === "open" || (opens && !(shape.dir === "close" && closes))) {
      openDouble(last, st);
    } else if (closes && !/\d/.test(text[i - 1] ?? "")) {
      strayCloser(text, p, i, paragraph, st);
    }
    return last - i;
  }
  if (st.depth > 0 || isInnerApostrophe(text, i)) return 0;
  if (st.sOpen >= 0 && shape.dir !== "open" && closes) {
    closeSingle(i, paragraph, st);
  } else if (st.sOpen < 0 && shape.dir !== "close" && opens) {
    st.sOpen = i;
  }
  return 0;
}

/** Two single marks standing for one double mark: ‘‘ or ‘’ opens, ’’ closes, '' either way. */
function doubledSingle(text: string, i: number, end: number): MarkShape {
  if (i + 1 >= end) return null;
  const pair = text.slice(i, i + 2);
  if (pair === "\u2018\u2018" || pair === "\u2018\u2019") return { width: "double", dir: "open" };
  if (pair === "\u2019\u2019") return { width: "double", dir: "close" };
  if (pair === "''") return { width: "double", dir: "either" };
  return null;
}

/**
 * A closing double mark with no opener: the opener was lost. The quotation is
 * taken to start after the sentence that holds the last closed quotation's cue,
 * else at the paragraph's start: "“It was always …,” Jones said. It was never
 * about the opponent … my game.”" gives “It was never … my game.”.
 */
function strayCloser(text: string, p: Span, i: number, paragraph: number, st: State): void {
  const prior = st.found[st.found.length - 1];
  let start = p.start;
  if (prior?.close != null) {
    const m = /[.!?](?=\s)/.exec(text.slice(prior.close + 1, i));
    if (!m) return;
    start = prior.close + 1 + m.index + 1;
  }
  start = afterLooseOpener(text, start, i);
  while (start < i && /\s/.test(text[start] ?? "")) start++;
  if (start >= i) return;
  st.found.push({ start, end: i, open: start, close: i, width: "double", paragraph, continued: false });
  st.strays.push(i);
}

/**
 * A straight mark that opens while a straight quotation is open: straight
 * quotations nest with single marks, so the first one lost its closer.
 * Close it before this mark and open anew: `along with "blue sky and "by the
 * book" -- its use …` gives "blue sky and" and "by the book", not a quotation
 * running on through the writer's sentence.
 */
function reopenDouble(text: string, i: number, paragraph: number, st: State): void {
  let end = i;
  while (end > st.dOpen + 1 && /\s/.test(text[end - 1] ?? "")) end--;
  st.found.push({ start: st.dOpen + 1, end, open: st.dOpen, close: null, width: "double", paragraph, continued: false });
  openDouble(i, st);
}

/**
 * Where a stray closer's quotation starts when an opening mark stands loose
 * before it, a space on its right: `This would " keep rents down."` starts at
 * "keep", not at the paragraph's start.
 */
function afterLooseOpener(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    if ((text[k] === '"' || text[k] === "\u201C") && /\s/.test(text[k + 1] ?? "")) return k + 1;
  }
  return from;
}

function openDouble(i: number, st: State): void {
  st.depth = 1;
  st.dOpen = i;
}

function closeDouble(i: number, last: number, paragraph: number, st: State): void {
  st.depth--;
  if (st.depth > 0) return;
  st.found.push({ start: st.dOpen + 1, end: i, open: st.dOpen, close: last, width: "double", paragraph, continued: false });
}

/** A top-level single quotation swallows the double ones inside it: ‘He said “no”’ is one quotation. */
function closeSingle(i: number, paragraph: number, st: State): void {
  const open = st.sOpen;
  st.found = st.found.filter((q) => q.open < open);
  st.found.push({ start: open + 1, end: i, open, close: i, width: "single", paragraph, continued: false });
  st.sOpen = -1;
}

function pieceToEnd(text: string, open: number, end: number, paragraph: number): ScannedQuote | null {
  let e = end;
  while (e > open + 1 && /\s/.test(text[e - 1] ?? "")) e--;
  if (e <= open + 1) return null;
  return { start: open + 1, end: e, open, close: null, width: "double", paragraph, continued: false };
}

function firstMarkIndex(text: string, p: Span): number {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i] ?? "")) i++;
  return i;
}

/** True when a paragraph starts with an opening double mark: the previous quotation continues. */
function opensParagraph(text: string, p: Span): boolean {
  const i = firstMarkIndex(text, p);
  const shape = markShape(text[i] ?? "");
  return shape !== null && shape.width === "double" && shape.dir !== "close";
}

function unclosed(open: number): Diagnostic {
  return note("extract/unclosed-quote", "a quotation mark opens and its paragraph ends without closing it; the quotation is taken to run to the paragraph's end", open);
}

function stray(at: number): Diagnostic {
  return note("extract/stray-closing-quote", "a closing quotation mark has no opening mark; the quotation is taken to start after the previous quotation's sentence", at);
}

/** An info diagnostic about the one mark at `at`. */
function note(code: string, message: string, at: number): Diagnostic {
  return { severity: "info", code, stage: "extract", message, start: at, end: at + 1 };
}
