import type { Article, Comparison, Pair, Report, Statement } from "../../schema/index.js";
import type { RenderContext } from "../render-context.js";
import { renderDiff, quoted } from "./diff.js";
import { clip, oneLine, wrap } from "./wrap.js";
import { indexStatements } from "../select.js";
import { renderSummary } from "./summary.js";
import { renderProvenance } from "./provenance.js";

/**
 * The `claims compare` report: a summary, then contradictions, meaning
 * changes, wording differences, agreements (one line each unless verbose),
 * and a count of what only one outlet reports. Pure: Report → string.
 */
export function renderCompare(report: Report, shown: Comparison[], ctx: RenderContext): string {
  const byId = indexStatements(report.statements);
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const view: View = { byId, articles, ctx };
  const sections: string[] = [renderSummary(report, ctx)];
  const contradictions = shown.filter((c) => c.verdict === "contradict");
  const meaning = shown.filter((c) => c.verdict !== "contradict" && c.pairs.some((p) => p.relation === "meaning"));
  const wording = shown.filter((c) => c.verdict === "differ" && !meaning.includes(c));
  const agree = shown.filter((c) => c.verdict === "agree");
  const single = shown.filter((c) => c.verdict === "single");
  sections.push(section("Contradictions", contradictions, (c) => renderGroup(c, view), ctx, "red"));
  sections.push(section("Meaning changes", meaning, (c) => renderGroup(c, view), ctx, "yellow"));
  sections.push(section("Wording differences", wording, (c) => renderGroup(c, view), ctx, "cyan"));
  const agreeRender = ctx.verbose ? (c: Comparison) => renderGroup(c, view) : (c: Comparison) => agreeLine(c, view);
  // One line each for agreements (unless verbose) and single-outlet statements: no blank line between.
  sections.push(section("Agreements", agree, agreeRender, ctx, "green", ctx.verbose ? "\n\n" : "\n"));
  sections.push(renderProvenance(report, ctx));
  if (ctx.verbose) sections.push(section("Reported by one outlet only", single, (c) => agreeLine(c, view), ctx, "gray", "\n"));
  else if (single.length) {
    sections.push(ctx.chalk.gray(`${single.length} statements are reported by one outlet only (--verbose lists them).`));
  }
  return sections.filter((s) => s.length > 0).join("\n\n") + "\n";
}

interface View {
  byId: Map<string, Statement>;
  articles: Map<string, Article>;
  ctx: RenderContext;
}

type Colour = "red" | "yellow" | "cyan" | "green" | "gray";

function section(title: string, items: Comparison[], render: (c: Comparison) => string, ctx: RenderContext, colour: Colour, between = "\n\n"): string {
  if (items.length === 0) return "";
  const head = ctx.chalk.bold[colour](`${title} (${items.length})`);
  return [head, items.map(render).join(between)].join("\n\n");
}

function groupTitle(c: Comparison, view: View): string {
  const who = c.kind === "quote" ? (c.speaker ?? "unattributed") : c.label;
  const outlets = c.articles.join(", ");
  const title = `${view.ctx.chalk.bold(who)} ${view.ctx.chalk.gray(`· ${c.kind} · ${c.articles.length} outlets (${outlets}) · ${c.id}`)}`;
  return wrap(title, view.ctx.width, "    ", "");
}

function renderGroup(c: Comparison, view: View): string {
  const members = c.statements.map((id) => view.byId.get(id)).filter((s): s is Statement => s !== undefined);
  const [first, ...rest] = members;
  if (!first) return groupTitle(c, view);
  if (c.kind !== "quote") return [groupTitle(c, view), ...members.map((s) => memberLine(s, view, inContext(s, view)))].join("\n");
  const lines = [groupTitle(c, view), memberLine(first, view, quoted(first.text, 400))];
  for (const s of rest) {
    const pair = pairWith(c.pairs, first.id, s.id) ?? c.pairs.find((p) => p.a === s.id || p.b === s.id);
    lines.push(memberLine(s, view, pair ? pairText(pair, s.id, view) : quoted(s.text, 400)));
  }
  return lines.join("\n");
}

function pairWith(pairs: Pair[], a: string, b: string): Pair | undefined {
  return pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}

function pairText(p: Pair, self: string, view: View): string {
  const { chalk } = view.ctx;
  const other = p.a === self ? p.b : p.a;
  const tag = { verbatim: chalk.green, wording: chalk.cyan, meaning: chalk.yellow }[p.relation](p.relation);
  const versus = chalk.gray(`vs ${other.split(":")[0] ?? other}`);
  if (p.relation === "verbatim") return `${tag} ${versus}  ${quoted(view.byId.get(self)?.text ?? "", 120)}`;
  // Diffs run a → b; shown from the reference (a) to this rendering (b).
  const reason = p.reason ? chalk.gray(` (${p.reason})`) : "";
  return `${tag}${reason} ${versus}  ${renderDiff(p.diff, chalk)}`;
}

/** A fact in its sentence, the statement's own words in bold: “Ortiz was first elected in **2016**.” */
function inContext(s: Statement, view: View): string {
  const { before, match, after } = view.ctx.excerpt(s.file, s.start, s.end);
  return oneLine(`${before}${view.ctx.chalk.bold.underline(match)}${after}`);
}

function memberLine(s: Statement, view: View, body: string): string {
  const { chalk, locate, width } = view.ctx;
  const value = "value" in s && s.value ? chalk.bold(` → ${s.value}`) : "";
  // Who this outlet says spoke: it may differ from the group's speaker, and that is a finding.
  const who = s.kind === "quote" || s.kind === "claim" ? ` ${s.speaker ?? "unattributed"}` : "";
  const head = `  ${chalk.bold(s.article.padEnd(5))}${who} ${chalk.gray(locate(s.file, s.start))}`;
  return `${head}\n${wrap(body + value, width, "        ", "        ")}`;
}

function agreeLine(c: Comparison, view: View): string {
  const first = view.byId.get(c.statements[0] ?? "");
  const { chalk } = view.ctx;
  const text = first ? clip(oneLine(first.text), 90) : "";
  const who = c.kind === "quote" ? (c.speaker ?? "unattributed") : c.label;
  const where = first ? chalk.gray(view.ctx.locate(first.file, first.start)) : "";
  return wrap(`✓ ${chalk.bold(who)}: “${text}” ${chalk.gray(`— ${c.articles.join(", ")}`)} ${where}`, view.ctx.width, "    ", "  ");
}
