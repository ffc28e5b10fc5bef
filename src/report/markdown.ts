import type { Comparison, DiffPart, Report, Statement } from "../schema/index.js";
import type { RenderContext } from "./render-context.js";
import { indexStatements } from "./select.js";
import { plural } from "./text/summary.js";
import { countChanges, isMeaningChange } from "./totals.js";

/**
 * The compare report as Markdown, for pasting into an issue or a newsroom
 * wiki: a summary table, then one section per verdict with each rendering's
 * outlet and location, and word diffs as ~~removed~~ **added**.
 */
export function renderMarkdown(report: Report, shown: Comparison[], ctx: RenderContext): string {
  const byId = indexStatements(report.statements);
  const t = report.totals;
  const { meaning, wording } = countChanges(report.comparisons);
  const out = [
    "# claims report",
    "",
    "| outlet | id | headline | published |",
    "|---|---|---|---|",
    ...report.articles.map((a) => `| ${cell(a.outlet)} | \`${a.id}\` | ${cell(a.headline?.text ?? "")} | ${a.published ?? ""} |`),
    "",
    `${plural(t.statements, "statement")}, ${plural(t.quotes, "quote")}: ${plural(t.contradict, "contradiction")}, ` +
      `${plural(meaning, "meaning change")}, ${plural(wording, "wording difference")}, ${plural(t.agree, "agreement")}, ${t.single} reported once.`,
  ];
  const sections: [string, Comparison[]][] = [
    ["Contradictions", shown.filter((c) => c.verdict === "contradict")],
    ["Meaning changes", shown.filter(isMeaningChange)],
    ["Wording differences", shown.filter((c) => c.verdict === "differ" && !isMeaningChange(c))],
    ["Agreements", shown.filter((c) => c.verdict === "agree")],
  ];
  for (const [title, items] of sections) {
    if (!items.length) continue;
    out.push("", `## ${title} (${items.length})`);
    for (const c of items) out.push("", ...group(c, byId, ctx));
  }
  return out.join("\n") + "\n";
}

function group(c: Comparison, byId: Map<string, Statement>, ctx: RenderContext): string[] {
  const who = c.kind === "quote" ? (c.speaker ?? "unattributed") : c.label;
  const lines = [`### ${cell(who)} — ${c.articles.join(", ")} (\`${c.id}\`)`, ""];
  for (const id of c.statements) {
    const s = byId.get(id);
    if (!s) continue;
    const value = "value" in s && s.value ? ` → **${s.value}**` : "";
    lines.push(`- **${s.article}** \`${ctx.locate(s.file, s.start)}\`: ${c.kind === "quote" ? `“${cell(s.text)}”` : inSentence(s, ctx)}${value}`);
  }
  for (const p of c.pairs.filter((p) => p.relation !== "verbatim")) {
    const words = diff(p.diff);
    lines.push(`- ${p.a} → ${p.b} (${p.relation}${p.reason ? `: ${cell(p.reason)}` : ""})${words ? `: ${words}` : ""}`);
  }
  return lines;
}

/** A fact in its sentence, its own words in bold: “Ortiz was first elected in **2016**.” */
function inSentence(s: Statement, ctx: RenderContext): string {
  const { before, match, after } = ctx.excerpt(s.file, s.start, s.end);
  return cell(`${before}**${match}**${after}`);
}

function diff(parts: DiffPart[]): string {
  return parts
    .map((p) => {
      const t = cell(p.text).trim();
      if (!t) return "";
      return p.op === "equal" ? t : p.op === "delete" ? `~~${t}~~` : `**${t}**`;
    })
    .filter(Boolean)
    .join(" ");
}

/** Text safe inside a Markdown table cell or list item. */
function cell(s: string): string {
  return s.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
