/**
 * Invisible characters pasted web text carries: zero-width spaces and
 * joiners, word joiners, a stray byte-order mark. “Traeger\u200b said”
 * would hide the speaker from every word pattern, so stages read a copy
 * where each is a space. Each is one UTF-16 unit, so offsets into the copy
 * are offsets into the file; `restoreTexts` puts the file's own characters
 * back into every text a report carries.
 */
import type { Report, TextSpan } from "../schema/index.js";

// An alternation, not a character class: a class holding U+200D (the joiner) reads as a joined sequence to linters.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/** The text with each invisible character turned into a space: same length, same offsets. */
export function blankInvisible(text: string): string {
  return text.replace(INVISIBLE, " ");
}

/** Every `text` field of `report` sliced again from the files as read, so `text === file.slice(start, end)` holds. */
export function restoreTexts(report: Report, textOf: Map<string, string>): Report {
  const slice = (file: string, s: TextSpan | null): TextSpan | null => (s ? { ...s, text: (textOf.get(file) ?? "").slice(s.start, s.end) } : null);
  return {
    ...report,
    articles: report.articles.map((a) => ({ ...a, headline: slice(a.file, a.headline), byline: slice(a.file, a.byline), publishedSpan: slice(a.file, a.publishedSpan) })),
    statements: report.statements.map((s) => {
      const text = (textOf.get(s.file) ?? "").slice(s.start, s.end);
      if (s.kind === "quote") return { ...s, text, cue: slice(s.file, s.cue), speakerMention: slice(s.file, s.speakerMention) };
      if (s.kind === "claim") return { ...s, text, cue: slice(s.file, s.cue) };
      return { ...s, text };
    }),
  };
}
