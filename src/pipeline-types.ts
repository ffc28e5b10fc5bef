import type { Article, Diagnostic, Statement } from "./schema/index.js";

/**
 * What every extractor receives for one article: the article, its whole file's
 * text (offsets index into it), and the date the article's relative dates are
 * resolved against (its own, else the corpus consensus).
 */
export interface ArticleContext {
  article: Article;
  text: string;
  referenceDate: string | null;
}

/** A stage's result: what it found plus what it has to say about the input. */
export interface StageResult<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export type Statements = Statement[];
