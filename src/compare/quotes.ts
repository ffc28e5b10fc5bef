/**
 * Quote comparisons: utterance groups from the align stage, each linked pair
 * of renderings from different articles related by a word diff.
 */
import type { Pair, Quote } from "../schema/index.js";
import { groupUtterances, type GroupOptions } from "../align/group.js";
import { supportOf } from "../align/link.js";
import type { QuoteView } from "../align/views.js";
import type { Rarity } from "../align/rarity.js";
import { relateRenderings } from "./relation.js";
import { clashReason, speakersClash } from "./speaker-clash.js";

/** One utterance: its renderings (input order) and the related pairs. */
export interface QuoteGroup {
  members: Quote[];
  pairs: Pair[];
}

/** Groups larger than this relate each rendering to one linked partner, not every sharing pair. */
const MAX_FULL_PAIRS = 40;

/**
 * Quote groups over `quotes` (speech and partial; terms are not utterances).
 * Every pair of renderings that share words and come from different
 * articles gets a relation; same-article pairs (a quote split by “he
 * added”) only join the group. `options` tune linking (see {@link GroupOptions}).
 */
export function compareQuotes(quotes: Quote[], rarity: Rarity, textOf: Map<string, string>, options: GroupOptions = {}): QuoteGroup[] {
  const { views, groups, links } = groupUtterances(quotes, rarity, textOf, options);
  const linksOf = new Map<number, [number, number][]>();
  for (const l of links) {
    if (!crossArticle(views, l)) continue;
    const list = linksOf.get(l[0]);
    if (list) list.push(l);
    else linksOf.set(l[0], [l]);
  }
  return groups.map((g) => {
    const members = g.map((i) => views[i]?.quote).filter((q): q is Quote => q !== undefined);
    const chosen = g.length > MAX_FULL_PAIRS ? firstPerMember(g.flatMap((i) => linksOf.get(i) ?? [])) : sharingPairs(views, g);
    return { members, pairs: chosen.map(([i, j]) => relatePair(views[i], views[j])) };
  });
}

function crossArticle(views: QuoteView[], [i, j]: [number, number]): boolean {
  const a = views[i];
  const b = views[j];
  return Boolean(a && b && a.quote.article !== b.quote.article);
}

/**
 * Every pair of a group's renderings from different articles that share a
 * content word, linked or not: when one outlet splits “The people in those
 * rooms are not numbers,” she added, “They are our parents,” and another
 * prints “not numbers” and “our parents”, each half meets its own excerpt.
 * Pairs that share nothing (the other half) are not renderings of one stretch.
 */
function sharingPairs(views: QuoteView[], group: number[]): [number, number][] {
  const sorted = [...group].sort((x, y) => x - y);
  const out: [number, number][] = [];
  sorted.forEach((i, k) => {
    for (const j of sorted.slice(k + 1)) {
      const a = views[i];
      const b = views[j];
      if (a && b && crossArticle(views, [i, j]) && supportOf(a, b) > 0) out.push([i, j]);
    }
  });
  return out;
}

/** The relation of two renderings; the same words under two clashing speakers are a meaning change. */
function relatePair(a: QuoteView | undefined, b: QuoteView | undefined): Pair {
  const r = relateRenderings(a?.tokens ?? [], b?.tokens ?? []);
  const [sa, sb] = [a?.quote.speaker ?? null, b?.quote.speaker ?? null];
  const ids = { a: a?.quote.id ?? "", b: b?.quote.id ?? "" };
  // Only the same words make a clash a finding; loosely linked renderings with two speakers are more likely two utterances.
  if (r.relation === "verbatim" && sa && sb && speakersClash(sa, sb)) return { ...ids, relation: "meaning", diff: r.diff, reason: clashReason(sa, sb) };
  return { ...ids, relation: r.relation, diff: r.diff, reason: r.reason };
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
