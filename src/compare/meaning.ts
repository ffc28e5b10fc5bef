/**
 * Meaning checks on a word diff: a change is one of meaning when it flips a
 * negation, swaps a number, a date word, a name or a sense-reversing word.
 * Everything else that differs is wording.
 */
import type { WordToken } from "../align/normalize.js";
import { isContentWord } from "../align/stopwords.js";
import { CALENDAR_WORDS, NEGATIVE_WORDS, NEGATORS, NUMBER_WORDS, QUANTIFIER_CLASSES, reversesSense, splitNegation } from "./lexicon.js";
import type { WordRun } from "./word-diff.js";

/** A stretch where the two renderings differ, between runs of shared words. */
export interface Change {
  a: WordToken[];
  b: WordToken[];
  /** Touches the start or end of the compared stretch (an excerpt boundary, maybe). */
  edge: boolean;
  /** Touches the start: the words next to the shared stretch are the last ones, not the first. */
  atStart: boolean;
}

/** Groups consecutive delete/insert runs into changes, in order. */
export function collectChanges(runs: WordRun[], a: WordToken[], b: WordToken[]): Change[] {
  const out: Change[] = [];
  let cur: Change | null = null;
  runs.forEach((r, k) => {
    if (r.op === "equal") {
      cur = null;
      return;
    }
    if (!cur) {
      cur = { a: [], b: [], edge: k === 0, atStart: k === 0 };
      out.push(cur);
    }
    if (r.op === "delete") cur.a.push(...a.slice(r.aStart, r.aEnd));
    else cur.b.push(...b.slice(r.bStart, r.bEnd));
    if (k === runs.length - 1) cur.edge = true;
  });
  return out;
}

const isNumber = (w: string): boolean => /^\d/.test(w) || NUMBER_WORDS.has(w);

/**
 * A long edge change is an excerpt boundary, unless the words right next to
 * the shared stretch are two different numbers: “… on that level since
 * 2021. They told me …” / “… on that level since 2012,”.
 */
function edgeNumber(change: Change): string | null {
  const [x, y] = change.atStart ? [change.a.at(-1), change.b.at(-1)] : [change.a[0], change.b[0]];
  return x && y && x.norm !== y.norm && isNumber(x.norm) && isNumber(y.norm) ? "number" : null;
}

/**
 * Why a change alters what was said, or null when it is only wording. Edge
 * changes that only one side has are excerpt boundaries and never count;
 * edge replacements count only when short (“three members left” / “thirty
 * members left”), since two different lead-ins say nothing about meaning.
 */
export function meaningChange(change: Change): string | null {
  const { a, b } = change;
  if (change.edge && (a.length === 0 || b.length === 0 || a.length > 3 || b.length > 3)) return edgeNumber(change);
  const an = a.flatMap((t) => splitNegation(t.norm));
  const bn = b.flatMap((t) => splitNegation(t.norm));
  return (
    negationFlip(an, bn) ??
    negatorSwap(an, bn) ??
    senseFlip(an, bn) ??
    scopeChange(an, bn) ??
    changedSet(an, bn, isNumber, "number") ??
    changedSet(an, bn, (w) => CALENDAR_WORDS.has(w), "date") ??
    changedName(a, b)
  );
}

/** “will attend” / “will not attend”: the same words once negators are set aside, a different count of them. */
function negationFlip(a: string[], b: string[]): string | null {
  const neg = (w: string): boolean => NEGATORS.has(w);
  const na = a.filter(neg).length;
  const nb = b.filter(neg).length;
  if (na === nb) return null;
  const rest = (ws: string[]): string => ws.filter((w) => !neg(w)).join(" ");
  if (rest(a) !== rest(b)) return null;
  return `negation flipped: “${a.join(" ") || "—"}” / “${b.join(" ") || "—"}”`;
}

/** A short change a negator may stand in: “full” / “no”, or an inserted “certainly not”. */
const MAX_NEGATOR_SWAP = 4;
const MAX_NEGATOR_INSERT = 2;

/**
 * “I take full responsibility” / “I take no responsibility”: a negator on
 * one side of a short change and no negation on the other, whether it
 * replaces a word or comes with one more (“will certainly not attend”).
 * “cannot” / “is unable to” is rewording: “unable” negates too. A longer
 * dropped stretch (“and I will never”) repeats a negation the rest still holds.
 */
function negatorSwap(a: string[], b: string[]): string | null {
  const strict = (ws: string[]): boolean => ws.some((w) => NEGATORS.has(w));
  const negative = (ws: string[]): boolean => strict(ws) || ws.some((w) => NEGATIVE_WORDS.has(w));
  const [x, y] = strict(a) ? [a, b] : [b, a];
  if (!strict(x) || negative(y)) return null;
  const short = y.length === 0 ? x.length <= MAX_NEGATOR_INSERT : x.length <= MAX_NEGATOR_SWAP && y.length <= MAX_NEGATOR_SWAP;
  if (!short) return null;
  return `negation on one side: “${a.join(" ") || "—"}” / “${b.join(" ") || "—"}”`;
}

/** “Every cost” / “Most of the cost”: both sides hold a quantifier and their scopes differ (all / part / none). */
function scopeChange(a: string[], b: string[]): string | null {
  const classes = (ws: string[]): string[] => [...new Set(ws.flatMap((w) => QUANTIFIER_CLASSES.get(w) ?? []))].sort();
  const ca = classes(a);
  const cb = classes(b);
  if (ca.length === 0 || cb.length === 0 || ca.join() === cb.join()) return null;
  const qa = a.filter((w) => QUANTIFIER_CLASSES.has(w)).join(" ");
  const qb = b.filter((w) => QUANTIFIER_CLASSES.has(w)).join(" ");
  return `scope changed: “${qa}” / “${qb}”`;
}

/** “I support the bill” / “I oppose the bill”: one word swapped for its opposite. */
function senseFlip(a: string[], b: string[]): string | null {
  if (a.length !== b.length || a.length > 3) return null;
  const diffs = a.map((w, i) => [w, b[i] ?? ""] as const).filter(([x, y]) => x !== y);
  const [first] = diffs;
  if (diffs.length !== 1 || !first || !reversesSense(first[0], first[1])) return null;
  return `sense reversed: “${first[0]}” / “${first[1]}”`;
}

/** “three members” / “thirty members”: both sides hold such words and they differ. */
function changedSet(a: string[], b: string[], pick: (w: string) => boolean, what: string): string | null {
  const sa = [...new Set(a.filter(pick))].sort();
  const sb = [...new Set(b.filter(pick))].sort();
  if (sa.length === 0 || sb.length === 0 || sa.join(" ") === sb.join(" ")) return null;
  return `${what} changed: “${sa.join(" ")}” / “${sb.join(" ")}”`;
}

/**
 * “Mr. Michael Spavor” / “Mr. Michael Kovrig”: a capitalised word replaced by
 * another in a short change. “I”, sentence openers like “But”, and words that only changed case don't count.
 */
function changedName(a: WordToken[], b: WordToken[]): string | null {
  if (a.length === 0 || b.length === 0 || a.length > 3 || b.length > 3) return null;
  const caps = (ts: WordToken[]): string[] =>
    ts.filter((t) => /^\p{Lu}/u.test(t.raw) && isContentWord(t.norm)).map((t) => t.norm);
  const ca = caps(a);
  const cb = caps(b);
  if (ca.length === 0 || cb.length === 0 || ca.some((w) => cb.includes(w))) return null;
  return `name changed: “${ca.join(" ")}” / “${cb.join(" ")}”`;
}
