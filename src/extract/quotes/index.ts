import type { Quote, Span, TextSpan } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";
import { attributeQuotes, setScene } from "../speakers/index.js";
import { classifyQuote, wovenSignOf } from "./classify.js";
import { attributeWoven } from "./woven-speaker.js";
import { scanQuotes } from "./scan.js";
import type { People } from "../speakers/people.js";
import { peopleSpans } from "../article-people.js";

/**
 * Every quotation in the article's headline and content paragraphs, in text order, with
 * its kind (speech / partial / term), speaker, speaker mention and cue.
 * Ids are `<article>:q<n>`; `start`/`end` cover exactly what stands between
 * the marks, as UTF-16 offsets into the file text. `people` are the
 * article's people when the caller has read them already.
 */
export function extractQuotes(ctx: ArticleContext, people?: People): StageResult<Quote[]> {
  const { article, text } = ctx;
  // The headline too: “Court says ex-treasurer can’t be ‘punished twice’” quotes the ruling.
  const paragraphs = peopleSpans(ctx);
  const scanned = scanQuotes(text, paragraphs);
  const scene = setScene(text, paragraphs, scanned.quotes, people);
  const { kinds, attributions } = attributeQuotes(scene, (i, hasCue) => {
    const q = scanned.quotes[i];
    const p = q ? paragraphs[q.paragraph] : undefined;
    return q && p ? classifyQuote(text, q, p, hasCue) : "speech";
  });
  let previous: string | null = null;
  const value: Quote[] = scanned.quotes.map((q, i) => {
    let a = attributions[i];
    const p = paragraphs[q.paragraph];
    if (a && a.speaker === null && kinds[i] === "partial" && p) {
      const sign = wovenSignOf(text, q, p);
      a = (sign && attributeWoven(scene, sign, p, previous)) ?? a;
    }
    if (a?.speaker) previous = a.speaker;
    return {
      id: `${article.id}:q${i + 1}`,
      article: article.id,
      file: article.file,
      kind: "quote",
      quoteKind: kinds[i] ?? "speech",
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      speaker: a?.speaker ?? null,
      speakerMention: textSpan(text, a?.mention ?? null),
      cue: textSpan(text, a?.cue ?? null),
    };
  });
  const diagnostics = scanned.diagnostics.map((d) => ({ ...d, file: article.file }));
  return { value, diagnostics };
}

function textSpan(text: string, span: Span | null): TextSpan | null {
  return span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : null;
}
