import type { SourceStatement, Span } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";
import { findAnonymous } from "./find-anonymous.js";
import { findCitedPapers } from "./find-cited-papers.js";
import { findDocuments } from "./find-documents.js";
import { findOrganizationCues } from "./find-organization-cues.js";
import { findOrganizations } from "./find-organizations.js";
import { findOutletNames, findShortForms, type OutletMention } from "./find-outlets.js";
import { findPersons } from "./find-persons.js";
import { findOrganizationShortForms } from "./find-org-short-forms.js";
import { findOutletReferences } from "./find-references.js";
import { countWords, enclosingQuote } from "./inside-quote.js";
import { nameSources, type NamedSource } from "./name-sources.js";
import { isCitedOutlet } from "./outlet-cues.js";
import { resolveOrganizationNouns } from "./org-antecedents.js";
import { isOwnOutlet } from "./own-outlet.js";
import type { SourceHit } from "./source-hit.js";
import { keepLongest } from "../keep-longest.js";

/** A quotation longer than this is someone's speech; sources inside it are theirs, not the writer's. */
const MAX_TERM_WORDS = 5;

/**
 * Who one article says its information came from, in text order, ids
 * `<article>:s<n>`: outlets ("a story from Metro News"), organizations ("a
 * spokesperson for the Foreign Ministry"), unnamed sources ("two unnamed
 * national security sources"), documents ("a statement on the party website")
 * and people ("according to Maria Lopez"). The article's own outlet is left
 * out ("officials told the Lakeside Post" in the Lakeside Post). Mentions inside a speaker's quoted
 * words are left out: in “media reports today quoting anonymous sources have
 * attacked my reputation” the speaker, not the writer, cites them.
 */
export function extractSources(ctx: ArticleContext): StageResult<SourceStatement[]> {
  const { article, text } = ctx;
  const paragraphs = article.paragraphs;
  const mentions = findMentions(text, paragraphs);
  const outletNames = new Set(mentions.map((m) => m.name));
  const hits: SourceHit[] = [];
  for (const p of paragraphs) {
    for (const m of mentions.filter((x) => p.start <= x.start && x.end <= p.end)) {
      if (isCitedOutlet(text, m, p)) hits.push({ ...m, kind: "outlet" });
    }
    hits.push(
      ...findOutletReferences(text, p),
      ...findAnonymous(text, p),
      ...findOrganizations(text, p, outletNames),
      ...findOrganizationCues(text, p),
      ...findDocuments(text, p),
      ...findCitedPapers(text, p),
      ...findPersons(text, p, outletNames),
    );
  }
  // "Orlan said" after "Orlan Health Products Inc.": the body's short form.
  hits.push(...findOrganizationShortForms(text, paragraphs, text.slice(article.start, article.end)));
  const writerOwn = hits.filter((h) => !inSpeech(text, paragraphs, h) && !isOwnOutlet(h, article.outlet, text));
  // "The report cited two sources" with no paper named "… report" before it is another outlet's story, not a paper.
  const named = nameSources(resolveOrganizationNouns(text, article.start, keepLongest(writerOwn)))
    .filter((h) => !(h.kind === "document" && /^reports?$/.test(h.name)));
  const value = named.map((h, i) => toStatement(ctx, h, i, viaOf(text, paragraphs, h, named)));
  return { value, diagnostics: [] };
}

function findMentions(text: string, paragraphs: Span[]): OutletMention[] {
  const full = paragraphs.flatMap((p) => findOutletNames(text, p));
  const fullNames = [...new Set(full.map((m) => m.name))].filter((n) => n.includes(" "));
  const short = paragraphs.flatMap((p) => findShortForms(text, p, fullNames, full));
  return [...full, ...short].sort((a, b) => a.start - b.start);
}

function inSpeech(text: string, paragraphs: Span[], h: SourceHit): boolean {
  const p = paragraphs.find((x) => x.start <= h.start && h.end <= x.end);
  const q = p ? enclosingQuote(text, p, h.start) : null;
  return q !== null && countWords(text, q) > MAX_TERM_WORDS;
}

/** The outlet through which an unnamed source or organization reached the article, when the sentence cites one. */
function viaOf(text: string, paragraphs: Span[], h: NamedSource, all: NamedSource[]): string | null {
  if (h.kind === "outlet") return null;
  const p = paragraphs.find((x) => x.start <= h.start && h.end <= x.end);
  if (!p) return null;
  const sentence = sentenceAround(text, p, h.start);
  const outlets = all.filter((o) => o.kind === "outlet" && o.start >= sentence.start && o.end <= sentence.end);
  const nearest = outlets.sort((a, b) => Math.abs(a.start - h.start) - Math.abs(b.start - h.start))[0];
  return nearest?.name ?? null;
}

function sentenceAround(text: string, p: Span, at: number): Span {
  const before = text.slice(p.start, at);
  const lastEnd = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  const start = lastEnd < 0 ? p.start : p.start + lastEnd + 2;
  const rest = text.slice(at, p.end);
  const next = rest.search(/[.?!]\s/);
  return { start, end: next < 0 ? p.end : at + next + 1 };
}

function toStatement(ctx: ArticleContext, h: NamedSource, i: number, via: string | null): SourceStatement {
  return {
    id: `${ctx.article.id}:s${i + 1}`,
    article: ctx.article.id,
    file: ctx.article.file,
    kind: "source",
    text: ctx.text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    source: h.name,
    sourceKind: h.kind,
    via,
  };
}
