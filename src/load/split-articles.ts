/**
 * Splits a file's lines into articles. A copied web article commonly ends with
 * its address on a line of its own, and the next one opens with a headline
 * followed by a byline or dateline; both are general signals, so a file that
 * holds three outlets' stories gives three articles.
 */
import type { Line } from "./lines.js";
import { countWords, isSentenceLike } from "./lines.js";
import { classifyLine, isUrlLine } from "./classify-line.js";
import { readByline } from "./byline.js";
import { isDateLine } from "./parse-date-line.js";

/** A run of lines, `first` to `last` inclusive (indexes into the file's lines). */
export interface LineRange {
  first: number;
  last: number;
}

/**
 * The articles in a file as line ranges, in order, covering every line.
 * "…https://www.cbc.ca/news/1.6787960" then "Han Dong resigns…" / "Tom Roe" /
 * "Published March 22, 2023" starts a second article after the URL line.
 */
export function splitArticles(lines: Line[]): LineRange[] {
  const starts = [0];
  let contentSince = false;
  for (const line of lines) {
    if (!line.text) continue;
    const opensArticle = contentSince && isHeadlineOpening(lines, line.index);
    if (opensArticle) starts.push(line.index);
    if (isUrlLine(line.text) && contentSince && hasContentAfter(lines, line.index)) {
      starts.push(line.index + 1);
      contentSince = false;
      continue;
    }
    if (opensArticle) contentSince = false;
    if (isSentenceLike(line.text) && classifyLine(line.text) === null) contentSince = true;
  }
  const unique = [...new Set(starts)].sort((a, b) => a - b);
  return unique.map((first, k) => ({ first, last: (unique[k + 1] ?? lines.length) - 1 }));
}

/**
 * Whether line `i` is a headline followed, within three lines, by a byline or
 * dateline: "MP resigns from caucus" / "‘I did nothing wrong’" / "Author of the
 * article:Jane Roe". A subheading inside a story ("China responds to
 * allegations") is followed by body text, not a byline, and opens nothing.
 */
export function isHeadlineOpening(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!line || !isHeadlineText(line.text)) return false;
  const next = lines.slice(i + 1).filter((l) => l.text !== "").slice(0, 3);
  for (const l of next) {
    if (readByline(lines, l.index) || isDateLine(l.text)) return true;
    if (isSentenceLike(l.text)) return false;
  }
  return false;
}

/**
 * Whether a line can be a headline: a short title, not a sentence of body
 * text, URL, dateline or boilerplate. "Canada MP resigns from government over
 * China allegations" can; "According to Global News, a Toronto MP spoke with a
 * diplomat in 2021 to delay the release of two Canadians." is body.
 */
export function isHeadlineText(text: string): boolean {
  const words = countWords(text);
  if (words < 3 || words > 35 || classifyLine(text) !== null) return false;
  if (/[.]["”’)]?$/.test(text) && words >= 10) return false;
  if (/[!?]["”’)]?$/.test(text) && words >= 20) return false;
  return !/[:;,]$/.test(text);
}

function hasContentAfter(lines: Line[], i: number): boolean {
  return lines.slice(i + 1).some((l) => isSentenceLike(l.text) && classifyLine(l.text) === null);
}
