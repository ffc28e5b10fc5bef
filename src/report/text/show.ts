import type { Article, ClaimStatement, DateStatement, Quote, Report, SourceStatement, Statement } from "../../schema/index.js";
import type { RenderContext } from "../render-context.js";
import { quoted } from "./diff.js";
import { wrap } from "./wrap.js";

export type ShowKind = "quotes" | "claims" | "dates" | "sources";
export const SHOW_KINDS: readonly ShowKind[] = ["quotes", "claims", "dates", "sources"];

/**
 * `claims show`: everything one article attributes — quotes grouped by
 * speaker, reported statements, dates as a timeline, sources with their kind
 * and chain — each with file:line:column.
 */
export function renderShow(report: Report, article: Article, kinds: readonly ShowKind[], ctx: RenderContext): string {
  const mine = report.statements.filter((s) => s.article === article.id);
  const parts = [articleHeader(article, ctx)];
  if (kinds.includes("quotes")) parts.push(quotesSection(mine.filter(isQuote), ctx));
  if (kinds.includes("claims")) parts.push(claimsSection(mine.filter(isClaim), ctx));
  if (kinds.includes("dates")) parts.push(datesSection(mine.filter(isDate), ctx));
  if (kinds.includes("sources")) parts.push(sourcesSection(mine.filter(isSource), ctx));
  return parts.join("\n\n") + "\n";
}

const isQuote = (s: Statement): s is Quote => s.kind === "quote";
const isClaim = (s: Statement): s is ClaimStatement => s.kind === "claim";
const isDate = (s: Statement): s is DateStatement => s.kind === "date";
const isSource = (s: Statement): s is SourceStatement => s.kind === "source";

function articleHeader(a: Article, ctx: RenderContext): string {
  const { chalk } = ctx;
  const lines = [chalk.bold(`${a.outlet} (${a.id})`) + chalk.gray(`  ${ctx.locate(a.file, a.start)}`)];
  if (a.headline) lines.push(a.headline.text);
  const meta = [a.byline?.text, a.published, a.url].filter((x): x is string => !!x);
  if (meta.length) lines.push(chalk.gray(meta.join(" · ")));
  return lines.join("\n");
}

function heading(title: string, n: number, ctx: RenderContext): string {
  return ctx.chalk.bold.underline(`${title} (${n})`);
}

function item(s: Statement, body: string, ctx: RenderContext): string {
  return `  ${ctx.chalk.gray(ctx.locate(s.file, s.start))}\n${wrap(body, ctx.width, "      ", "      ")}`;
}

function quotesSection(quotes: Quote[], ctx: RenderContext): string {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? "(no speaker)";
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  const blocks = [...bySpeaker].map(([speaker, qs]) => {
    const lines = qs.map((q) => {
      const cue = q.cue ? ctx.chalk.gray(` — ${q.speakerMention?.text ?? ""} ${q.cue.text}`.replace(/\s+/g, " ")) : "";
      return item(q, `${ctx.chalk.gray(q.quoteKind)} ${quoted(q.text, 600)}${cue}`, ctx);
    });
    return [ctx.chalk.bold(` ${speaker}`) + ctx.chalk.gray(` (${qs.length})`), ...lines].join("\n");
  });
  return [heading("Quotes", quotes.length, ctx), ...blocks].join("\n");
}

function claimsSection(claims: ClaimStatement[], ctx: RenderContext): string {
  const lines = claims.map((c) => {
    const who = c.speaker ? ctx.chalk.bold(c.speaker) + " " : "";
    const cue = c.cue ? ctx.chalk.gray(`${c.cue.text}: `) : "";
    const value = c.value ? ctx.chalk.bold(` → ${c.value}`) : "";
    return item(c, `${who}${cue}${c.text}${value}`, ctx);
  });
  return [heading("Reported statements", claims.length, ctx), ...lines].join("\n");
}

function datesSection(dates: DateStatement[], ctx: RenderContext): string {
  // A timeline: resolved values in order, unresolved ones last, ties in text order.
  const sorted = [...dates].sort((a, b) => (a.value ?? "~").localeCompare(b.value ?? "~") || a.start - b.start);
  const lines = sorted.map((d) => {
    // The sentence says what the date places better than a keyword could.
    const { before, match, after } = ctx.excerpt(d.file, d.start, d.end);
    const sentence = `${before}${ctx.chalk.underline(match)}${after}`.replace(/\s+/g, " ").trim();
    return item(d, `${ctx.chalk.bold((d.value ?? "unresolved").padEnd(10))} ${sentence}`, ctx);
  });
  return [heading("Dates", dates.length, ctx), ...lines].join("\n");
}

function sourcesSection(sources: SourceStatement[], ctx: RenderContext): string {
  const lines = sources.map((s) => {
    const via = s.via ? ctx.chalk.gray(` via ${s.via}`) : "";
    return item(s, `${ctx.chalk.bold(s.source)} ${ctx.chalk.gray(`(${s.sourceKind})`)}${via} — “${s.text}”`, ctx);
  });
  return [heading("Sources", sources.length, ctx), ...lines].join("\n");
}
