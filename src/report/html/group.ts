import type { Article, Comparison, Pair, Statement } from "../../schema/index.js";
import type { RenderContext } from "../render-context.js";
import { escapeHtml as esc, squash } from "./escape.js";
import { renderHtmlDiff } from "./diff.js";

/** What the HTML reporter needs besides the report: locations and excerpts of spans. */
export type HtmlContext = Pick<RenderContext, "locate" | "excerpt">;

/** Lookups shared by every group on the page. */
export interface HtmlView {
  byId: Map<string, Statement>;
  articles: Map<string, Article>;
  ctx: HtmlContext;
}

/** "Han Dong" for quote groups, the event or topic ("elect") for facts. */
export function groupName(c: Comparison): string {
  return c.kind === "quote" ? (c.speaker ?? "unattributed") : c.label;
}

/**
 * One utterance side by side: a column per outlet carrying it, each with its
 * renderings, location, and the word diff against the group's first
 * rendering (the reference), then the reasons any pair changed meaning.
 */
export function renderGroupBody(c: Comparison, view: HtmlView): string {
  const members = c.statements.map((id) => view.byId.get(id)).filter((s): s is Statement => s !== undefined);
  const reference = members[0];
  const columns = c.articles.map((articleId) => {
    const own = members.filter((s) => s.article === articleId);
    const name = view.articles.get(articleId)?.outlet ?? articleId;
    const items = own.map((s) => renderStatement(s, c, reference, view)).join("");
    return `<section class="rendering"><h4>${esc(articleId)} <span class="name">${esc(name)}</span></h4>${items}</section>`;
  });
  const reasons = c.pairs
    .filter((p) => p.relation === "meaning" && p.reason)
    .map((p) => `<li><code>${esc(p.a)} → ${esc(p.b)}</code> ${esc(p.reason ?? "")}</li>`);
  const reasonList = reasons.length ? `<ul class="reasons">${reasons.join("")}</ul>` : "";
  return `<div class="renderings">${columns.join("")}</div>${reasonList}`;
}

/** The group's heading line: name, kind, outlets, id. */
export function renderGroupHeader(c: Comparison): string {
  const meta = `${c.kind} · ${c.articles.length} outlets (${c.articles.join(", ")}) · ${c.id}`;
  return `<header><h3>${esc(groupName(c))}</h3><span class="meta">${esc(meta)}</span></header>`;
}

function renderStatement(s: Statement, c: Comparison, reference: Statement | undefined, view: HtmlView): string {
  const where = `<div class="where">${breakable(view.ctx.locate(s.file, s.start))}</div>`;
  const speaker = "speaker" in s && s.speaker && c.kind !== "quote" ? `<div class="meta">${esc(s.speaker)}</div>` : "";
  const value = "value" in s && s.value ? `<div class="value">→ ${esc(s.value)}</div>` : "";
  const body = c.kind === "quote" ? quoteBody(s, c, reference) : factBody(s, view);
  return `<div class="statement" id="${esc(s.id)}">${where}${speaker}${body}${value}</div>`;
}

/** The reference shows its words; the others show their diff against it, the words as printed folded away. */
function quoteBody(s: Statement, c: Comparison, reference: Statement | undefined): string {
  const printed = `<blockquote>“${esc(squash(s.text))}”</blockquote>`;
  if (!reference || c.statements.length < 2) return printed;
  if (reference.id === s.id) return `<span class="tag reference">reference</span>${printed}`;
  const pair = findPair(c.pairs, reference.id, s.id) ?? c.pairs.find((p) => p.a === s.id || p.b === s.id);
  if (!pair) return printed;
  const other = pair.a === s.id ? pair.b : pair.a;
  const reason = pair.reason ? ` <span class="meta">${esc(pair.reason)}</span>` : "";
  const tag = `<span class="tag ${pair.relation}">${pair.relation}</span> <span class="meta">vs ${esc(other)}</span>${reason}`;
  if (pair.relation === "verbatim") return tag + printed;
  const diff = `<blockquote class="diff">${renderHtmlDiff(pair, s.id)}</blockquote>`;
  return `${tag}${diff}<details class="printed"><summary>as printed</summary>${printed}</details>`;
}

/** A fact in its sentence with its own words marked: “Ortiz was first elected in <mark>2016</mark>.” */
function factBody(s: Statement, view: HtmlView): string {
  const { before, match, after } = view.ctx.excerpt(s.file, s.start, s.end);
  const flat = (t: string) => esc(t.replace(/\s+/g, " "));
  return `<blockquote>${flat(before)}<mark>${flat(match)}</mark>${flat(after)}</blockquote>`;
}

function findPair(pairs: Pair[], a: string, b: string): Pair | undefined {
  return pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}

/**
 * A `file:line:column` that may wrap in a narrow column only after a slash or
 * before the line number, never inside a name: `seeds/` `002_be0d.txt` `:31:31`.
 */
export function breakable(location: string): string {
  const m = /^(.*?)(:\d+:\d+)?$/.exec(location);
  const file = m?.[1] ?? location;
  const lineCol = m?.[2] ?? "";
  return file.split("/").map(esc).join("/<wbr>") + (lineCol ? `<wbr>${lineCol}` : "");
}
