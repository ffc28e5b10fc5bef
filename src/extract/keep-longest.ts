import type { Span } from "../schema/index.js";

/**
 * Of hits that overlap, keeps the longest (the earlier on ties), then orders
 * the kept ones by position: "February 2021" wins over "2021" inside it, and
 * "CBC News" over "CBC".
 */
export function keepLongest<T extends Span>(hits: readonly T[]): T[] {
  const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const h of byLength) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
