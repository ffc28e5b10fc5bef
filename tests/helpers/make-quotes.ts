import type { Article, Quote } from "../../src/schema/index.js";

/**
 * A corpus built from quote texts: article k is file `a<k>.txt`, its quotes
 * written “like this” one after another, joined by `joiner`. Offsets are real.
 */
export function makeQuoteCorpus(
  articles: [string | null, string][][],
  joiner = "”\n\n“",
): { articles: Article[]; quotes: Quote[]; textOf: Map<string, string> } {
  const textOf = new Map<string, string>();
  const outArticles: Article[] = [];
  const quotes: Quote[] = [];
  articles.forEach((list, k) => {
    const file = `a${k}.txt`;
    let text = "He said “";
    list.forEach(([speaker, q], i) => {
      if (i > 0) text += joiner;
      quotes.push({
        id: `a${k}:q${i}`, article: `a${k}`, file, text: q, start: text.length, end: text.length + q.length,
        kind: "quote", quoteKind: "speech", speaker, speakerMention: null, cue: null,
      });
      text += q;
    });
    text += "”.\n";
    textOf.set(file, text);
    outArticles.push({
      id: `a${k}`, outlet: `Outlet ${k}`, outletEvidence: "file-name", file, start: 0, end: text.length,
      headline: null, byline: null, published: null, publishedSpan: null, url: null,
      paragraphs: [{ start: 0, end: text.length }], excluded: [],
    });
  });
  return { articles: outArticles, quotes, textOf };
}
