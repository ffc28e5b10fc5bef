import type { Article } from "../../src/schema/index.js";
import type { ArticleContext } from "../../src/pipeline-types.js";

/**
 * An article context over `text` for stage tests: one article covering the
 * whole text, each non-blank line a paragraph, dated `referenceDate`.
 */
export function makeContext(text: string, referenceDate: string | null = "2023-03-22", id = "t"): ArticleContext {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  }
  const article: Article = {
    id, outlet: "Test", outletEvidence: "file-name", file: "t.txt", start: 0, end: text.length,
    headline: null, byline: null, published: referenceDate, publishedSpan: null, url: null,
    paragraphs, excluded: [],
  };
  return { article, text, referenceDate };
}
