import type { Report } from "../../schema/index.js";
import type { RenderContext } from "../render-context.js";
import { plural } from "./summary.js";
import { wrap } from "./wrap.js";

/**
 * Who relays whom, in a few lines: original sources first (with the relays
 * they reached readers through), then the relays. Sources only one article
 * cites directly are left to `claims show` unless verbose.
 */
export function renderProvenance(report: Report, ctx: RenderContext): string {
  const { chalk } = ctx;
  const nodes = report.provenance.filter((n) => ctx.verbose || n.relays.length > 1 || n.passesOn.length > 0);
  if (nodes.length === 0) return "";
  const ordered = [...nodes.filter((n) => n.role === "original"), ...nodes.filter((n) => n.role === "relay")];
  const lines = ordered.map((n) => {
    const vias = [...new Set(n.relays.map((r) => r.via).filter((v): v is string => v !== null))];
    const articles = n.relays.map((r) => r.article).join(", ");
    const role = n.role === "original" ? chalk.green("original") : chalk.yellow("relay");
    const passes = n.passesOn.length ? `, passing on ${n.passesOn.join(", ")}` : "";
    const through = vias.length ? ` through ${vias.join(", ")}` : "";
    const text = `${chalk.bold(n.source)} ${chalk.gray(`(${n.kind})`)} ${role}${passes}; cited by ${plural(n.relays.length, "article")}${through}: ${articles}`;
    return wrap(text, ctx.width, "    ", "  ");
  });
  return [chalk.bold.magenta(`Where the information comes from (${ordered.length})`), ...lines].join("\n");
}
