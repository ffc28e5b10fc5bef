import type { Pair, Verdict } from "../schema/index.js";

/**
 * The verdict of a group from its pairs: one article → single. For facts
 * (dates and valued claims, `isFact`) a meaning pair is two values that
 * cannot both hold → contradict, and values at different precision agree.
 * For renderings of words (quotes, reported speech) a meaning pair — “I will
 * fight this” / “I will not fight this” — is a meaning change the report
 * shows on its own, not a fact in dispute → differ. Otherwise a wording
 * pair → differ; else agree.
 */
export function decideVerdict(articleCount: number, pairs: Pair[], isFact = false): Verdict {
  if (articleCount < 2) return "single";
  if (pairs.some((p) => p.relation === "meaning")) return isFact ? "contradict" : "differ";
  const differs = pairs.some((p) => p.relation === "wording" && !(isFact && p.reason?.startsWith("same value")));
  return differs ? "differ" : "agree";
}
