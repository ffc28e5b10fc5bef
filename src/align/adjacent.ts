/**
 * One article's quotation split in two by an attribution is one utterance:
 * “Let me be clear, what has been reported is false,” he said. “And I will
 * defend myself …” — and so are two fragments woven into one sentence:
 * did “nothing to cause any harm” to the two Michaels and “worked hard …”.
 */
import type { QuoteView } from "./views.js";
import { REPORTING_VERB_FORMS } from "../data/reporting-verbs.js";

/** Words that open a new clause between two quotes: “A” and described it as “B”. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["and", "but", "while", "then", "before", "after", "yet"]);

/** Verbs that put a label on something, like reporting verbs: “described the delays as”. */
const NAMING_VERBS: ReadonlySet<string> = new Set(
  (
    "describe described describes describing term termed terms label labelled labeled labels dub dubbed " +
    "brand branded characterize characterized characterise characterised deem deemed"
  ).split(" "),
);

/**
 * The gap opens a clause of its own that reports again: in Raman called the
 * rooms “the front door of the system” and described the delays as
 * “unacceptable”, the second quote is a second statement. “…,” she added.
 * “…” (no opener) and did “nothing wrong” to the two men and “worked hard”
 * (no verb) stay one utterance.
 */
export function reportsAgain(words: string[]): boolean {
  const [first, ...rest] = words.map((w) => w.toLowerCase());
  return first !== undefined && CLAUSE_OPENERS.has(first) && rest.some((w) => REPORTING_VERB_FORMS.has(w) || NAMING_VERBS.has(w));
}

/** At most this many words may stand between the two parts ("he said", "to the two Michaels and"). */
export const MAX_GAP_WORDS = 5;

/**
 * Calls `add(i, j)` for the pieces of one quotation running over two
 * paragraphs (“… / “…”), and for consecutive quotes of one article whose gap is
 * short ({@link MAX_GAP_WORDS} words or fewer), stays in one paragraph, does
 * not report anew ({@link reportsAgain}), and whose speakers agree (or one is unknown). `textOf` maps a file to its text.
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
    // A quotation over two paragraphs: the first piece runs to its paragraph's end, the next reopens with a mark.
    if (/^[ \t]*\r?\n\s*["“]$/.test(gap)) {
      add(i, j);
      continue;
    }
    if (/\n/.test(gap) || gap.length > 80) continue;
    const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (bridges(words)) add(i, j);
  }
}

/** A gap this long may still join two parts when it opens with the attribution: “she said, standing on the dock.” */
export const MAX_ATTRIBUTION_GAP_WORDS = 10;

/**
 * The words between two quotes leave them one utterance: a short gap that
 * does not report anew, or an attribution first (“she said”, “the chief
 * said”) with a scene after it — “…,” she said, standing on the community's
 * dock. “There is nothing small about that.” A gap that reports once more
 * (“adding that”, a second verb) or says “that” carries a statement of its own.
 */
export function bridges(gapWords: string[]): boolean {
  const words = gapWords.map((w) => w.toLowerCase());
  if (reportsAgain(words)) return false;
  if (words.length <= MAX_GAP_WORDS) return true;
  if (words.length > MAX_ATTRIBUTION_GAP_WORDS) return false;
  const verbAt = words.findIndex((w) => REPORTING_VERB_FORMS.has(w));
  const more = words.slice(verbAt + 1).some((w) => REPORTING_VERB_FORMS.has(w) || w === "that");
  return (verbAt === 1 || verbAt === 2) && !more;
}
