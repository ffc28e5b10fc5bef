import type { Article, Diagnostic, OutletsMap, SourceFile } from "../schema/index.js";

/** What the load stage hands on: the articles found in every file, with their files' text. */
export interface LoadedCorpus {
  sources: SourceFile[];
  articles: Article[];
  diagnostics: Diagnostic[];
}

export type { OutletsMap };
