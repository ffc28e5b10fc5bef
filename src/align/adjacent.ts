/**
 * One article's quotation split in two by an attribution is one utterance:
 * “Let me be clear, what has been reported is false,” he said. “And I will
 * defend myself …” — and so are two fragments woven into one sentence:
 * did “nothing to cause any harm” to the two Michaels and “worked hard …”.
 */
import type { QuoteView } from "./views.js";

/** At most this many words may stand between the two parts ("he said", "to the two Michaels and"). */
export const MAX_GAP_WORDS = 5;

/**
 * Calls `add(i, j)` for consecutive quotes of one article whose gap is
 * short ({@link MAX_GAP_WORDS} words or fewer), stays in one paragraph, and
 * whose speakers agree (or one is unknown). `textOf` maps a file to its text.
 */
export function linkAdjacent(views: QuoteView[], textOf: Map<string, string>, add: (i: number, j: number) => void): void {
  const order = views.map((_, i) => i).sort((x, y) => {
    const a = views[x]?.quote;
    const b = views[y]?.quote;
    if (!a || !b) return 0;
    return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
  });
  for (let k = 1; k < order.length; k++) {
    const i = order[k - 1] ?? 0;
    const j = order[k] ?? 0;
    const a = views[i]?.quote;
    const b = views[j]?.quote;
    if (!a || !b || a.article !== b.article || a.file !== b.file || b.start < a.end) continue;
    if (a.speaker && b.speaker && a.speaker !== b.speaker) continue;
    const gap = (textOf.get(a.file) ?? "").slice(a.end, b.start);
    if (/\n/.test(gap) || gap.length > 80) continue;
    const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length <= MAX_GAP_WORDS) add(i, j);
  }
}
