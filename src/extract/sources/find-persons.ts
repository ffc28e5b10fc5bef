import type { Span } from "../../schema/index.js";
import type { SourceHit } from "./source-hit.js";

/** "according to Maria Lopez, the agency's director" → the person "Maria Lopez"; "according to Halloran" → "Halloran". */
const ACCORDING_TO_NAME = /\b[Aa]ccording to\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov)\.?\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?=[\s,.;])/g;

/**
 * People the writer cites by name as the origin of information, outside
 * quotations ("according to Maria Lopez"). Speakers of quotations are not
 * sources here: the quote extractor reports them. Names that are outlets or
 * organizations are left to their own finders (the overlap step keeps those).
 */
export function findPersons(text: string, span: Span, outletNames: ReadonlySet<string>): SourceHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: SourceHit[] = [];
  for (const m of slice.matchAll(ACCORDING_TO_NAME)) {
    const name = m[1] ?? "";
    // “according to Halloran” is a person named before; “according to Reuters”, “according to NASA” are not people.
    if (outletNames.has(name) || /['’]s$/.test(name) || (!name.includes(" ") && (/^[A-Z]{2,}$/.test(name) || !/^[A-Z][a-z’'-]+$/.test(name)))) continue;
    const at = span.start + m.index + m[0].length - name.length;
    hits.push({ start: at, end: at + name.length, kind: "person", name });
  }
  return hits;
}
