import type { Span } from "../../schema/index.js";
import { findNameRuns, organisationName } from "./names.js";

/** Where an article brings in a spokesperson for a named body, and the body's name. */
export interface SpokesBody {
  pos: number;
  name: string;
}

const SPOKES_FOR = /\b(?:spokes(?:person|man|woman)|representative)\s+(?:for|from|of|with|at)\s+(?:the\s+)?/giu;

/**
 * The bodies the article's spokespeople speak for, outside quotations, in
 * text order: "A spokesperson for the Eastbank Water Board said …" gives
 * "Eastbank Water Board" at the mention. A later "“…,” the spokesperson
 * said" is that body speaking, not the person quoted before.
 */
export function findSpokesBodies(text: string, paragraphs: readonly Span[], quotes: readonly Span[]): SpokesBody[] {
  const found: SpokesBody[] = [];
  for (const p of paragraphs) {
    const seg = text.slice(p.start, p.end);
    for (const m of seg.matchAll(SPOKES_FOR)) {
      const at = p.start + m.index;
      if (quotes.some((q) => at >= q.start && at < q.end)) continue;
      const from = at + m[0].length;
      const run = findNameRuns(text, from, p.end)[0];
      if (run?.start === from && !/[’']s$/.test(run.text)) found.push({ pos: at, name: organisationName(run.text) });
    }
  }
  return found;
}

/**
 * The body of the spokesperson brought in last before `pos`, unless a person
 * was named as a subject after it (`personAt`, -1 for none): "Spokeswoman
 * Ana Silva said …" makes "the spokeswoman" Ana Silva instead.
 */
export function recentSpokesBody(bodies: readonly SpokesBody[], pos: number, personAt: number): string | null {
  const last = bodies.filter((b) => b.pos < pos).at(-1);
  return last && last.pos > personAt ? last.name : null;
}
