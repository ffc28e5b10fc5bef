/**
 * Quote comparisons: utterance groups from the align stage, each linked pair
 * of renderings from different articles related by a word diff.
 */
import type { Pair, Quote } from "../schema/index.js";
import { groupUtterances } from "../align/group.js";
import type { Rarity } from "../align/rarity.js";
import { relateRenderings } from "./relation.js";
import { clashReason, speakersClash } from "./speaker-clash.js";

/** One utterance: its renderings (input order) and the related pairs. */
export interface QuoteGroup {
  members: Quote[];
  pairs: Pair[];
}

/** Groups larger than this relate each rendering to one linked partner, not every linked pair. */
const MAX_FULL_PAIRS = 40;

/**
 * Quote groups over `quotes` (speech and partial; terms are not utterances).
 * Every pair of renderings that share words and come from different
 * articles gets a relation; same-article pairs (a quote split by “he
 * added”) only join the group.
 */
export function compareQuotes(quotes: Quote[], rarity: Rarity, textOf: Map<string, string>): QuoteGroup[] {
  const { views, groups, links } = groupUtterances(quotes, rarity, textOf);
  const linksOf = new Map<number, [number, number][]>();
  for (const l of links) {
    const a = views[l[0]];
    const b = views[l[1]];
    if (!a || !b || a.quote.article === b.quote.article) continue;
    const list = linksOf.get(l[0]);
    if (list) list.push(l);
    else linksOf.set(l[0], [l]);
  }
  return groups.map((g) => {
    const members = g.map((i) => views[i]?.quote).filter((q): q is Quote => q !== undefined);
    const all = g.flatMap((i) => linksOf.get(i) ?? []);
    const chosen = g.length > MAX_FULL_PAIRS ? firstPerMember(all) : all;
    const pairs = chosen.map(([i, j]): Pair => {
      const a = views[i];
      const b = views[j];
      const r = relateRenderings(a?.tokens ?? [], b?.tokens ?? []);
      const [sa, sb] = [a?.quote.speaker ?? null, b?.quote.speaker ?? null];
      // Only the same words make a clash a finding; loosely linked renderings with two speakers are more likely two utterances.
      if (r.relation === "verbatim" && sa && sb && speakersClash(sa, sb)) return { a: a?.quote.id ?? "", b: b?.quote.id ?? "", relation: "meaning", diff: r.diff, reason: clashReason(sa, sb) };
      return { a: a?.quote.id ?? "", b: b?.quote.id ?? "", relation: r.relation, diff: r.diff, reason: r.reason };
    });
    return { members, pairs };
  });
}

function firstPerMember(links: [number, number][]): [number, number][] {
  const seen = new Set<number>();
  return links.filter(([i, j]) => {
    if (seen.has(i) && seen.has(j)) return false;
    seen.add(i);
    seen.add(j);
    return true;
  });
}
