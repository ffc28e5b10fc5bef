/**
 * Reads an article's header: headline, byline, publication date and URL line,
 * from its lines. Offsets are into the file text.
 */
import type { TextSpan } from "../schema/index.js";
import type { Line } from "./lines.js";
import { isSentenceLike } from "./lines.js";
import { readByline, type Byline } from "./byline.js";
import { isUrlLine } from "./classify-line.js";
import { findLineDates, isDateLine, type LineDate } from "./parse-date-line.js";
import { isHeadlineText } from "./split-articles.js";

/** What an article's header says, with the indexes of the lines it used. */
export interface ArticleHeader {
  headline: TextSpan | null;
  byline: Byline | null;
  published: string | null;
  publishedSpan: TextSpan | null;
  url: string | null;
  /** Lines that are header metadata (headline, byline, datelines, URL line). */
  metadataLines: Set<number>;
}

/** How many non-blank lines after the headline may still hold the byline. */
const HEADER_DEPTH = 8;

/**
 * Reads the header of the article made of `lines` (non-blank, in order) of
 * `text`. The first line is the headline unless it reads as body text: a file
 * that starts "According to Global News, a Toronto MP spoke with a diplomat in
 * 2021 to delay the release of two Canadians." has no headline.
 */
export function readHeader(text: string, lines: Line[], all: Line[]): ArticleHeader {
  const metadataLines = new Set<number>();
  const first = lines[0];
  const hasHeadline = first !== undefined && isHeadlineText(first.text) && !readByline(all, first.index);
  const headline = hasHeadline ? spanOf(text, first.start, first.end) : null;
  if (hasHeadline) metadataLines.add(first.index);
  const byline = findByline(lines.slice(hasHeadline ? 1 : 0), all);
  byline?.lines.forEach((i) => metadataLines.add(i));
  const date = choosePublished(lines, metadataLines);
  const urlLine = lines.findLast((l) => isUrlLine(l.text));
  if (urlLine) metadataLines.add(urlLine.index);
  return {
    headline,
    byline,
    published: date?.iso ?? null,
    publishedSpan: date ? spanOf(text, date.start, date.end) : null,
    url: urlLine?.text ?? null,
    metadataLines,
  };
}

function findByline(header: Line[], all: Line[]): Byline | null {
  for (const line of header.slice(0, HEADER_DEPTH)) {
    const byline = readByline(all, line.index);
    if (byline) return byline;
    if (isSentenceLike(line.text) && !isDateLine(line.text)) return null;
  }
  return null;
}

/**
 * The publication date: the first dateline date labelled "Published" or
 * "Posted", else the first unlabelled one ("March 24, 2023" alone on a line).
 * "Updated March 22, 2023 10:44 p.m." is never taken for the publication.
 * Every dateline is recorded as metadata.
 */
function choosePublished(lines: Line[], metadataLines: Set<number>): (LineDate & { lineStart: number }) | null {
  const found: (LineDate & { lineStart: number })[] = [];
  for (const line of lines) {
    if (!isDateLine(line.text)) continue;
    metadataLines.add(line.index);
    for (const d of findLineDates(line.text)) found.push({ ...d, lineStart: line.start });
  }
  const pick = found.find((d) => d.label === "published") ?? found.find((d) => d.label === "none");
  return pick ? { ...pick, start: pick.lineStart + pick.start, end: pick.lineStart + pick.end } : null;
}

function spanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
