import type { Report } from "../../schema/index.js";
import type { RenderContext } from "../render-context.js";
import { clip } from "./wrap.js";
import { plural } from "./summary.js";

/** `claims outlets`: one line per article, so users find the keys `--outlet` takes. */
export function renderOutlets(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const counts = new Map<string, number>();
  for (const s of report.statements) counts.set(`${s.article}/${s.kind}`, (counts.get(`${s.article}/${s.kind}`) ?? 0) + 1);
  // Ids as wide as the widest (up to 12), so "metronews" does not push its outlet out of line.
  const idWidth = Math.min(12, Math.max(6, ...report.articles.map((a) => a.id.length)));
  const indent = " ".repeat(idWidth + 1);
  const rows = report.articles.map((a) => {
    const n = (k: string) => counts.get(`${a.id}/${k}`) ?? 0;
    const stats = (["quote", "claim", "date", "source"] as const).map((k) => plural(n(k), k)).join(", ");
    return [
      `${chalk.bold(a.id.padEnd(idWidth))} ${a.outlet} ${chalk.gray(`(from ${a.outletEvidence})`)}`,
      `${indent}${clip(a.headline?.text ?? "(no headline)", Math.max(20, ctx.width - indent.length - 1))}`,
      `${indent}${chalk.gray(`${a.published ?? "undated"} · ${stats} · ${ctx.locate(a.file, a.start)}`)}`,
    ].join("\n");
  });
  return rows.join("\n") + "\n";
}
