/**
 * Library API: `analyze(sources)` runs load → extract → align/compare and
 * returns the report that every reporter renders. Pure: no file system, clock
 * or environment; the CLI reads the files and hands them in.
 */
import type { Article, Diagnostic, OutletsMap, Report, SourceFile, Statement } from "./schema/index.js";
import { SCHEMA_VERSION } from "./schema/index.js";
import { loadCorpus } from "./load/index.js";
import { extractStatements } from "./extract/index.js";
import { compareStatements } from "./compare/index.js";
import { buildProvenance } from "./compare/provenance.js";
import { measureCoverage } from "./compare/coverage.js";
import { alignSpeakers } from "./align/index.js";
import { consensusDate } from "./extract/reference-date.js";
import { countTotals } from "./report/totals.js";
import { blankInvisible, restoreTexts } from "./load/invisible.js";

export interface AnalyzeOptions {
  /** outlets.json contents by the directory they were found in ("" for the current one). */
  outlets?: OutletsMap | undefined;
  /** Called after each article is extracted: progress for long runs. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export function analyze(files: SourceFile[], options: AnalyzeOptions = {}): Report {
  const originals = new Map(files.map((s) => [s.file, s.text]));
  const sources = files.map((s) => ({ ...s, text: blankInvisible(s.text) }));
  const loaded = loadCorpus(sources, options.outlets ?? {});
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const textOf = new Map(sources.map((s) => [s.file, s.text]));
  const fallbackDate = consensusDate(loaded.articles);
  const statements: Statement[] = [];
  loaded.articles.forEach((article, i) => {
    const text = textOf.get(article.file) ?? "";
    const referenceDate = article.published?.slice(0, 10) ?? fallbackDate;
    if (!article.published) diagnostics.push(undatedNote(article, referenceDate));
    const result = extractStatements({ article, text, referenceDate });
    statements.push(...result.value);
    diagnostics.push(...result.diagnostics);
    options.onProgress?.(i + 1, loaded.articles.length);
  });
  const aligned = alignSpeakers(statements).sort(byArticleThenPosition(loaded.articles));
  const comparisons = compareStatements(loaded.articles, aligned, textOf);
  return restoreTexts({
    schemaVersion: SCHEMA_VERSION,
    articles: loaded.articles,
    statements: aligned,
    comparisons,
    totals: countTotals(loaded.articles, aligned, comparisons),
    provenance: buildProvenance(loaded.articles, aligned),
    coverage: measureCoverage(loaded.articles, aligned, comparisons),
    diagnostics,
  }, originals);
}

function undatedNote(article: Article, used: string | null): Diagnostic {
  return {
    severity: "info",
    code: "extract/undated-article",
    stage: "extract",
    file: article.file,
    start: article.start,
    end: article.start,
    message: `article "${article.id}" states no publication date`,
    note: used
      ? `relative dates ("Wednesday", "last month") are resolved against ${used}, the date most other articles give`
      : "relative dates are left unresolved: no article in the run gives a date",
  };
}

function byArticleThenPosition(articles: Article[]) {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return (x: Statement, y: Statement): number =>
    (order.get(x.article) ?? 0) - (order.get(y.article) ?? 0) || x.start - y.start || x.end - y.end;
}

export * from "./schema/index.js";
