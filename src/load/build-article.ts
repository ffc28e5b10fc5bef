/**
 * Builds one article (without its id and outlet) from a range of a file's
 * lines: header metadata, content paragraphs and the exclusions, and the span
 * with trailing site furniture trimmed off.
 */
import type { Exclusion, Span } from "../schema/index.js";
import type { Line } from "./lines.js";
import { countWords } from "./lines.js";
import { classifyLine, copyrightHolder, type LineReason } from "./classify-line.js";
import { readHeader, type ArticleHeader } from "./article-header.js";
import type { LineRange } from "./split-articles.js";

/** An article before the corpus gives it an id and outlet. */
export interface ArticleDraft {
  start: number;
  end: number;
  header: ArticleHeader;
  paragraphs: Span[];
  excluded: Exclusion[];
  /** The outlet a copyright footer names, in or just after the article. */
  copyright: string | null;
}

/**
 * The article in `range` of `text`, or null when the range holds no content.
 * Its span runs from its first line to its last line that is not boilerplate:
 * "Leave A Reply" after the story is outside, "Edited by: Jane Roe" inside.
 */
export function buildArticle(text: string, all: Line[], range: LineRange): ArticleDraft | null {
  const lines = all.slice(range.first, range.last + 1).filter((l) => l.text !== "");
  const header = readHeader(text, lines, all);
  const reasons = lines.map((l): LineReason => (header.metadataLines.has(l.index) ? "metadata" : classifyLine(l.text)));
  markEpigraph(lines, reasons);
  let from = 0;
  let to = lines.length - 1;
  while (from <= to && reasons[from] === "boilerplate") from += 1;
  while (to >= from && reasons[to] === "boilerplate") to -= 1;
  const first = lines[from];
  const last = lines[to];
  if (!first || !last || !lines.slice(from, to + 1).some((_, k) => reasons[from + k] === null)) return null;
  const paragraphs: Span[] = [];
  const excluded: Exclusion[] = [];
  for (let k = from; k <= to; k += 1) {
    const line = lines[k];
    const reason = reasons[k] ?? null;
    if (!line) continue;
    if (reason === null) paragraphs.push({ start: line.start, end: line.end });
    else excluded.push({ start: line.start, end: line.end, reason });
  }
  const holder = lines.map((l) => copyrightHolder(l.text)).find((h) => h) ?? null;
  return { start: first.start, end: last.end, header, paragraphs, excluded, copyright: holder };
}

/**
 * A site motto right before a copyright footer is boilerplate: `" A free
 * people claim their rights, as derived from the laws of nature."` then
 * `Thomas Paine` then `© 2024 The Daily Planet`. Quoted line, then a short
 * name line, then boilerplate.
 */
function markEpigraph(lines: Line[], reasons: LineReason[]): void {
  for (let k = 0; k + 2 < lines.length; k += 1) {
    const quote = lines[k]?.text ?? "";
    const name = lines[k + 1]?.text ?? "";
    const after = reasons.slice(k + 2);
    if (!after.every((r) => r === "boilerplate")) continue;
    const quoted = /^["“‘']/.test(quote) && /["”’'][.!]?$/.test(quote);
    const named = countWords(name) <= 5 && /^[-–—\s]*\p{Lu}/u.test(name) && !/[.!?:]$/.test(name);
    if (quoted && named && reasons[k + 1] === null) {
      reasons[k] = "boilerplate";
      reasons[k + 1] = "boilerplate";
    }
  }
}
