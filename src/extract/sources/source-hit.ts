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

/** Regex-escapes a literal. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
