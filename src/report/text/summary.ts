import type { Report } from "../../schema/index.js";
import type { RenderContext } from "../render-context.js";
import { wrap } from "./wrap.js";
import { countChanges } from "../totals.js";

/** "1 contradiction", "3 contradictions". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * The headline a reader takes in first: outlets, statements, and how many
 * groups agree, differ in wording, change meaning or contradict.
 */
export function renderSummary(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const t = report.totals;
  const multi = report.comparisons.filter((c) => c.articles.length > 1).length;
  const { meaning, wording } = countChanges(report.comparisons);
  const outlets = report.articles.map((a) => `${a.id} (${a.outlet})`).join(", ");
  // Wrapped to the terminal, so "7 wording differences" never breaks mid-word at the edge.
  return [
    chalk.bold(`claims: ${plural(t.articles, "article")}`) + ` — ${outlets}`,
    `${plural(t.statements, "statement")} (${plural(t.quotes, "quote")}); ${multi} reported by 2+ outlets: ` +
      `${chalk.red(plural(t.contradict, "contradiction"))}, ${chalk.yellow(plural(meaning, "meaning change"))}, ` +
      `${chalk.cyan(plural(wording, "wording difference"))}, ${chalk.green(plural(t.agree, "agreement"))}; ` +
      `${t.single} reported once`,
  ]
    .map((line) => wrap(line, ctx.width, "  ", ""))
    .join("\n");
}
