/**
 * Reported speech across outlets: “Vega said the rent would double” in one
 * article and “The rent will double, Vega said” in another report one
 * statement. They are grouped and related like quotations, by the words
 * they share, so that statements without quotation marks are compared too.
 */
import type { ClaimStatement, Pair, Quote } from "../schema/index.js";
import type { Rarity } from "../align/rarity.js";
import { compareQuotes } from "./quotes.js";

/** One reported statement rendered by two or more articles, with its speaker. */
export interface ReportedGroup {
  members: ClaimStatement[];
  pairs: Pair[];
  speaker: string | null;
}

/**
 * Share of the shorter claim's content two claims must share: half. Reported
 * clauses are long, so a shared phrase (“an outside engineering firm”) in two
 * different statements of one speaker is not enough.
 */
const REPORTED_SUPPORT = 0.5;

/**
 * Groups of reported-speech claims (topic null) that two or more articles
 * carry from one speaker. A claim without a speaker is left out: “the plan
 * was dead” from nobody in particular cannot be lined up with anybody's.
 * Claims reported once make no comparison (they stay in coverage as
 * unmatched).
 */
export function compareReported(claims: ClaimStatement[], rarity: Rarity, textOf: Map<string, string>): ReportedGroup[] {
  const spoken = claims.filter((c) => c.speaker !== null);
  const byId = new Map(spoken.map((c) => [c.id, c]));
  const asQuotes = spoken.map((c): Quote => ({ ...c, kind: "quote", quoteKind: "speech", speakerMention: null }));
  const out: ReportedGroup[] = [];
  for (const g of compareQuotes(asQuotes, rarity, textOf, { minSupport: REPORTED_SUPPORT })) {
    const members = g.members.map((q) => byId.get(q.id)).filter((c): c is ClaimStatement => c !== undefined);
    if (new Set(members.map((m) => m.article)).size < 2) continue;
    const speakers = new Set(members.map((m) => m.speaker));
    if (speakers.size > 1) continue;
    out.push({ members, pairs: g.pairs, speaker: members[0]?.speaker ?? null });
  }
  return out;
}
