import type { Comparison, Report, Statement } from "../schema/index.js";

/** What the user asked to see: `--only`, `--outlet`, `--speaker`, `--min-outlets`. */
export interface Selection {
  only?: "contradictions" | "meaning" | "wording" | "agreements" | undefined;
  outlets?: string[] | undefined;
  speaker?: string | undefined;
  minOutlets?: number | undefined;
}

/**
 * The comparisons a selection keeps. `meaning` keeps groups with a pair whose
 * relation is meaning; `wording` groups with a wording pair; `agreements`
 * groups whose pairs are all verbatim.
 */
export function selectComparisons(report: Report, sel: Selection): Comparison[] {
  const outletIds = sel.outlets?.length ? new Set(resolveOutletIds(report, sel.outlets)) : null;
  const speaker = sel.speaker?.toLowerCase();
  return report.comparisons.filter((c) => {
    if (outletIds && !c.articles.some((a) => outletIds.has(a))) return false;
    if (speaker && !(c.speaker ?? "").toLowerCase().includes(speaker)) return false;
    if (sel.minOutlets !== undefined && c.articles.length < sel.minOutlets) return false;
    switch (sel.only) {
      case undefined:
        return true;
      case "contradictions":
        return c.verdict === "contradict";
      case "meaning":
        return c.pairs.some((p) => p.relation === "meaning");
      case "wording":
        return c.pairs.some((p) => p.relation === "wording");
      case "agreements":
        return c.verdict === "agree";
    }
  });
}

/**
 * Article ids an `--outlet` value names: an id ("cbc") or an outlet name
 * ("CBC News"), case-insensitively. Unknown names resolve to nothing.
 */
export function resolveOutletIds(report: Pick<Report, "articles">, wanted: string[]): string[] {
  const keys = wanted.map((w) => w.trim().toLowerCase());
  return report.articles
    .filter((a) => keys.includes(a.id.toLowerCase()) || keys.includes(a.outlet.toLowerCase()))
    .map((a) => a.id);
}

/** Statement lookup by id. */
export function indexStatements(statements: Statement[]): Map<string, Statement> {
  return new Map(statements.map((s) => [s.id, s]));
}
