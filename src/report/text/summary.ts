import type { Report } from "../../schema/index.js";
import type { RenderContext } from "../render-context.js";

/**
 * The headline a reader takes in first: outlets, statements, and how many
 * groups agree, differ in wording, change meaning or contradict.
 */
export function renderSummary(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const t = report.totals;
  const multi = report.comparisons.filter((c) => c.articles.length > 1);
  const meaning = report.comparisons.filter((c) => c.verdict !== "contradict" && c.pairs.some((p) => p.relation === "meaning")).length;
  const outlets = report.articles.map((a) => `${a.id} (${a.outlet})`).join(", ");
  return [
    chalk.bold(`claims: ${t.articles} articles`) + ` — ${outlets}`,
    `${t.statements} statements (${t.quotes} quotes); ${multi.length} things reported by 2+ outlets: ` +
      `${chalk.red(`${t.contradict} contradictions`)}, ${chalk.yellow(`${meaning} meaning changes`)}, ` +
      `${chalk.cyan(`${t.differ} wording differences`)}, ${chalk.green(`${t.agree} agreements`)}; ` +
      `${t.single} reported once`,
  ].join("\n");
}
