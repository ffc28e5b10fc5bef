import type { Span } from "../schema/index.js";
import type { ArticleContext } from "../pipeline-types.js";
import { scanQuotes, type ScannedQuote } from "./quotes/scan.js";
import { collectPeople, type People } from "./speakers/people.js";

/** Where each quotation stands, its marks included: “…” from the opening mark to just past the closing one. */
export function quoteMarkSpans(quotes: readonly ScannedQuote[]): Span[] {
  return quotes.map((q) => ({ start: q.open, end: (q.close ?? q.end) + 1 }));
}

/**
 * The text an article's people are read from: its paragraphs, and its
 * headline when that stands outside them ("MP Han Dong resigns from Liberal
 * caucus" names who left before the body does), in text order.
 */
export function peopleSpans(ctx: ArticleContext): Span[] {
  const spans: Span[] = [...ctx.article.paragraphs];
  const h = ctx.article.headline;
  if (h && !spans.some((p) => p.start < h.end && h.start < p.end)) spans.unshift({ start: h.start, end: h.end });
  return spans;
}

/**
 * The people one article names outside quotation marks, in its headline and
 * paragraphs, read once for the quote, claim and fact extractors, which
 * used to read them each (about a tenth of extraction's time). Each stage
 * works on its own `forkPeople` copy.
 */
export function collectArticlePeople(ctx: ArticleContext): People {
  const { text } = ctx;
  const scanned = scanQuotes(text, peopleSpans(ctx));
  return collectPeople(text, peopleSpans(ctx), quoteMarkSpans(scanned.quotes));
}
