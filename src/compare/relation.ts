/**
 * How two renderings of one utterance differ: verbatim, wording or meaning,
 * with a word-level diff over the stretch both render.
 */
import type { DiffPart, Relation } from "../schema/index.js";
import type { WordToken } from "../align/normalize.js";
import { diffWords, type WordRun } from "./word-diff.js";
import { collectChanges, meaningChange } from "./meaning.js";

/** The relation of a pair, its diff and the reason for a meaning change. */
export interface RelationResult {
  relation: Relation;
  diff: DiffPart[];
  reason: string | null;
}

/** A suffix of one rendering equal to a prefix of the other must be this long to count as shared. */
const MIN_OVERLAP = 3;

/**
 * Relates rendering `a` to rendering `b` (their word tokens).
 * verbatim: once case, punctuation and quote style are set aside, one is a
 * stretch of the other, or one ends with the words the other starts with
 * (“Let me be clear, what has been reported is false,” within the whole
 * sentence); meaning: a change flips a negation or swaps a number, date word,
 * name or opposite; wording: anything else (“untrue claims” / “false claims”).
 */
export function relateRenderings(a: WordToken[], b: WordToken[]): RelationResult {
  const an = a.map((t) => t.norm);
  const bn = b.map((t) => t.norm);
  const runs = diffWords(an, bn);
  if (isVerbatim(an, bn)) return { relation: "verbatim", diff: renderDiff(trimEdges(runs), a, b), reason: null };
  for (const change of collectChanges(runs, a, b)) {
    const reason = meaningChange(change);
    if (reason) return { relation: "meaning", diff: renderDiff(trimEdges(runs), a, b), reason };
  }
  return { relation: "wording", diff: renderDiff(trimEdges(runs), a, b), reason: null };
}

/** One is a contiguous stretch of the other, or they overlap end-to-start by {@link MIN_OVERLAP}+ words. */
export function isVerbatim(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (indexOfRun(long, short) >= 0) return true;
  return overlapLength(a, b) >= MIN_OVERLAP || overlapLength(b, a) >= MIN_OVERLAP;
}

function indexOfRun(long: string[], short: string[]): number {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) if (long[i + k] !== short[k]) continue outer;
    return i;
  }
  return -1;
}

/** Longest suffix of `a` that is a prefix of `b`, in words. */
function overlapLength(a: string[], b: string[]): number {
  for (let n = Math.min(a.length, b.length) - 1; n > 0; n--) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = a[a.length - n + k] === b[k];
    if (ok) return n;
  }
  return 0;
}

/** Drops leading and trailing runs that only one side has: the parts outside the shared stretch. */
function trimEdges(runs: WordRun[]): WordRun[] {
  let s = 0;
  let e = runs.length;
  const firstEqual = runs.findIndex((r) => r.op === "equal");
  if (firstEqual < 0) return runs;
  const lead = runs.slice(0, firstEqual);
  if (lead.every((r) => r.op === lead[0]?.op)) s = firstEqual;
  let lastEqual = runs.length - 1;
  while (lastEqual >= 0 && runs[lastEqual]?.op !== "equal") lastEqual--;
  const tail = runs.slice(lastEqual + 1);
  if (tail.every((r) => r.op === tail[0]?.op)) e = lastEqual + 1;
  return runs.slice(s, e);
}

/** Diff runs as text: a's raw words for equal and deleted runs, b's for inserted ones. */
function renderDiff(runs: WordRun[], a: WordToken[], b: WordToken[]): DiffPart[] {
  return runs.map((r) => {
    const words = r.op === "insert" ? b.slice(r.bStart, r.bEnd) : a.slice(r.aStart, r.aEnd);
    return { op: r.op, text: words.map((t) => t.raw).join(" ") };
  });
}
