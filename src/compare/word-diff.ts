/**
 * The one module that touches fast-diff. fast-diff is character-level, so a
 * word diff maps each distinct word to one private-use character, diffs the
 * encoded strings and decodes the runs back to word ranges.
 */
import fastDiff from "fast-diff";

/**
 * One run of a word diff. Ranges index the word arrays given to
 * {@link diffWords}, end exclusive: an `equal` run covers words in both, a
 * `delete` only a's (b's range is empty where it would sit), an `insert` only b's.
 */
export interface WordRun {
  op: "equal" | "delete" | "insert";
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** First code point of the Supplementary Private Use Area-A; holds 65,534 distinct words. */
const PUA_BASE = 0xf0000;

/**
 * Word-level diff of `a` to `b` (arrays of already-folded words).
 * @example diffWords(["will","attend"], ["will","not","attend"])
 * // equal [0,1)/[0,1), insert b[1,2) "not", equal [1,2)/[2,3)
 */
export function diffWords(a: string[], b: string[]): WordRun[] {
  const codes = new Map<string, string>();
  const encode = (words: string[]): string =>
    words
      .map((w) => {
        let c = codes.get(w);
        if (c === undefined) {
          c = String.fromCodePoint(PUA_BASE + codes.size);
          codes.set(w, c);
        }
        return c;
      })
      .join("");
  const runs: WordRun[] = [];
  let i = 0;
  let j = 0;
  for (const [op, chunk] of fastDiff(encode(a), encode(b))) {
    const n = chunk.length / 2; // every code is a surrogate pair: two UTF-16 units
    if (op === fastDiff.EQUAL) {
      runs.push({ op: "equal", aStart: i, aEnd: i + n, bStart: j, bEnd: j + n });
      i += n;
      j += n;
    } else if (op === fastDiff.DELETE) {
      runs.push({ op: "delete", aStart: i, aEnd: i + n, bStart: j, bEnd: j });
      i += n;
    } else {
      runs.push({ op: "insert", aStart: i, aEnd: i, bStart: j, bEnd: j + n });
      j += n;
    }
  }
  return runs;
}
