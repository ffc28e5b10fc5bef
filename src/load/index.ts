/**
 * The load stage: files as read → articles with outlet, header metadata and
 * content paragraphs. Pure; the reading itself is in read-inputs.ts.
 */
import type { Article, Diagnostic, OutletsMap, SourceFile } from "../schema/index.js";
import { splitLines } from "./lines.js";
import { splitArticles } from "./split-articles.js";
import { buildArticle, type ArticleDraft } from "./build-article.js";
import { findOutlet, isDomainGuess, spelledInText } from "./outlet.js";
import { makeArticleKey, uniqueKeys } from "./article-id.js";

/** What the load stage hands on: the articles found in every file, with their files' text. */
export interface LoadedCorpus {
  sources: SourceFile[];
  articles: Article[];
  diagnostics: Diagnostic[];
}

/**
 * Finds the articles in every source, in file order. A file holding a CBC, a
 * CTV and a National Post story gives three articles ("cbc", "ctv", "np");
 * a file with nothing but blank lines gives none and a warning.
 */
export function loadCorpus(sources: SourceFile[], outlets: OutletsMap): LoadedCorpus {
  const diagnostics: Diagnostic[] = [];
  const drafts: Omit<Article, "id">[] = [];
  for (const source of sources) {
    const found = loadFile(source, outlets);
    if (found.length === 0) diagnostics.push(emptyFile(source.file));
    drafts.push(...found);
  }
  spellFromCorpus(drafts, sources);
  const ids = uniqueKeys(drafts.map((d) => makeArticleKey(d.outlet, d.outletEvidence, d.file)));
  const articles = drafts.map((d, i): Article => ({ id: ids[i] ?? `a${i + 1}`, ...d }));
  for (const a of articles) if (a.outletEvidence === "file-name") diagnostics.push(outletFromFileName(a));
  return { sources, articles, diagnostics };
}

/**
 * An outlet known only by its domain's spelling ("Halverstonsentinel") takes
 * the spelling another file of the corpus writes ("The Halverston Sentinel
 * first reported …"), read from the files that hold such a name only.
 */
function spellFromCorpus(drafts: Omit<Article, "id">[], sources: SourceFile[]): void {
  for (const d of drafts) {
    if (!isDomainGuess(d.outlet, d.outletEvidence)) continue;
    const guess = d.outlet.toLowerCase();
    for (const source of sources) {
      if (!source.text.toLowerCase().includes(guess.slice(0, 4))) continue;
      const spelled = spelledInText(d.outlet, source.text);
      if (spelled) {
        d.outlet = spelled;
        break;
      }
    }
  }
}

function loadFile(source: SourceFile, outlets: OutletsMap): Omit<Article, "id">[] {
  const lines = splitLines(source.text);
  return splitArticles(lines)
    .map((range) => buildArticle(source.text, lines, range))
    .filter((d): d is ArticleDraft => d !== null)
    .map((d) => toArticle(source.file, source.text, d, outlets));
}

function toArticle(file: string, text: string, d: ArticleDraft, outlets: OutletsMap): Omit<Article, "id"> {
  const { header } = d;
  const bylineHint = header.byline?.outletHint ?? null;
  const body = text.slice(d.start, d.end);
  const { outlet, evidence } = findOutlet({ url: header.url, bylineHint, copyright: d.copyright, file, body }, outlets);
  const byline = header.byline
    ? { start: header.byline.start, end: header.byline.end, text: text.slice(header.byline.start, header.byline.end) }
    : null;
  return {
    outlet, outletEvidence: evidence, file, start: d.start, end: d.end,
    headline: header.headline, byline, published: header.published, publishedSpan: header.publishedSpan,
    url: header.url, paragraphs: d.paragraphs, excluded: d.excluded,
  };
}

function emptyFile(file: string): Diagnostic {
  return {
    severity: "warning", code: "load/no-article", stage: "load", file,
    message: "no article text found in this file",
    note: "the file is empty or holds only page furniture (comment prompts, copyright lines)",
  };
}

function outletFromFileName(a: Article): Diagnostic {
  return {
    severity: "info", code: "load/outlet-from-file-name", stage: "load", file: a.file, start: a.start, end: a.start,
    message: `no URL, byline or copyright line names the outlet of article "${a.id}"; using the file name`,
    note: "add an outlets.json beside the files ({\"file.txt\": \"Outlet name\"}) to name it",
  };
}
