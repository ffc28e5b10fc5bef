import type { Article, Diagnostic, OutletsMap, SourceFile } from "../schema/index.js";

/** What the load stage hands on: the articles found in every file, with their files' text. */
export interface LoadedCorpus {
  sources: SourceFile[];
  articles: Article[];
  diagnostics: Diagnostic[];
}

// PLACEHOLDER (being replaced in this session): one article per file.
export function loadCorpus(sources: SourceFile[], _outlets: OutletsMap): LoadedCorpus {
  const articles: Article[] = sources.map((s, i) => ({
    id: `a${i + 1}`, outlet: s.file, outletEvidence: "file-name", file: s.file, start: 0, end: s.text.length,
    headline: null, byline: null, published: null, publishedSpan: null, url: null, paragraphs: [], excluded: [],
  }));
  return { sources, articles, diagnostics: [] };
}
