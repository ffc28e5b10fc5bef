import type { Diagnostic, Statement } from "../schema/index.js";
import type { ArticleContext, StageResult } from "../pipeline-types.js";
import { extractQuotes } from "./quotes/index.js";
import { extractDates } from "./dates/index.js";
import { extractSources } from "./sources/index.js";
import { extractClaims } from "./claims/index.js";
import { extractFacts } from "./facts/index.js";
import { collectArticlePeople } from "./article-people.js";

/**
 * Every attributed statement one article makes: quotes with speakers, dates,
 * sources and reported claims. Ids are `<article>:<letter><n>` in text order.
 * The people the article names are read once and shared by the stages that
 * resolve speakers and subjects.
 */
export function extractStatements(ctx: ArticleContext): StageResult<Statement[]> {
  const diagnostics: Diagnostic[] = [];
  const people = collectArticlePeople(ctx);
  const quotes = extractQuotes(ctx, people);
  const dates = extractDates(ctx);
  const sources = extractSources(ctx);
  const claims = extractClaims(ctx, quotes.value, people);
  const facts = extractFacts(ctx, quotes.value, people);
  for (const r of [quotes, dates, sources, claims, facts]) diagnostics.push(...r.diagnostics);
  const value: Statement[] = [...quotes.value, ...dates.value, ...sources.value, ...claims.value, ...facts.value];
  return { value, diagnostics };
}
