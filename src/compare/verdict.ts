import type { Pair, Verdict } from "../schema/index.js";

/**
 * The verdict of a group from its pairs: one article → single; a meaning
 * pair → contradict; a wording pair → differ (for facts, values at
 * different precision agree: `precisionAgrees`); else agree.
 */
export function decideVerdict(articleCount: number, pairs: Pair[], precisionAgrees = false): Verdict {
  if (articleCount < 2) return "single";
  if (pairs.some((p) => p.relation === "meaning")) return "contradict";
  const differs = pairs.some((p) => p.relation === "wording" && !(precisionAgrees && p.reason?.startsWith("same value")));
  return differs ? "differ" : "agree";
}
