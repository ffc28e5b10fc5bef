import type { SourceKind } from "../../schema/index.js";

/**
 * A source mention found in an article before names are made consistent.
 * `name` is null for a mention that only points back ("the outlet further
 * reported" → the outlet named before; "per the sources" → the sources named before).
 */
export interface SourceHit {
  start: number;
  end: number;
  kind: SourceKind;
  name: string | null;
}

/** Keeps the longest of overlapping hits, then orders by position. */
export function dropOverlappingSources(hits: SourceHit[]): SourceHit[] {
  const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: SourceHit[] = [];
  for (const h of byLength) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Regex-escapes a literal. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
