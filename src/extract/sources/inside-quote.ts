import type { Span } from "../../schema/index.js";

/**
 * The quotation around offset `at` within `paragraph`, or null when `at` is in
 * the writer's own words. Curly marks nest (“ opens, ” closes); straight
 * double marks open and close by parity.
 * In `Dong said, "media reports today quoting …"`, "today" is inside a
 * quotation that starts at the opening mark.
 */
export function enclosingQuote(text: string, paragraph: Span, at: number): Span | null {
  let open: number | null = null;
  for (let i = paragraph.start; i < at; i++) {
    const ch = text[i];
    if (ch === "\u201C") open = i;
    else if (ch === "\u201D") open = null;
    else if (ch === '"') open = open === null ? i : null;
  }
  if (open === null) return null;
  let end = at;
  while (end < paragraph.end && text[end] !== "\u201D" && text[end] !== '"') end++;
  return { start: open + 1, end };
}

/** Words in a span, as a rough size: a term (“national security sources”) has few, speech many. */
export function countWords(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}
