import type { Comparison, Diagnostic, Report } from "../../schema/index.js";
import { indexStatements } from "../select.js";
import { plural } from "../text/summary.js";
import { escapeHtml as esc, squash } from "./escape.js";
import { breakable, groupName, renderGroupBody, renderGroupHeader, type HtmlContext, type HtmlView } from "./group.js";
import { HTML_STYLES } from "./styles.js";
import { countChanges, isMeaningChange } from "../totals.js";

export type { HtmlContext } from "./group.js";

/**
 * `claims compare --format html`: one self-contained page (inline CSS, no
 * script, no font or image fetched; a Content-Security-Policy forbids any
 * network use) with the summary on top, then contradictions, meaning
 * changes, wording differences, and agreements folded in `<details>`. Each
 * utterance is laid out side by side, one column per outlet. Pure: the same
 * report gives the same bytes.
 */
export function renderHtml(report: Report, shown: Comparison[], ctx: HtmlContext): string {
  const view: HtmlView = { byId: indexStatements(report.statements), articles: new Map(report.articles.map((a) => [a.id, a])), ctx };
  const buckets = bucketComparisons(shown);
  const body = [
    renderSummary(report),
    section("Contradictions", "contradict", buckets.contradict, (c) => openGroup(c, "contradict", view)),
    section("Meaning changes", "meaning", buckets.meaning, (c) => openGroup(c, "meaning", view)),
    section("Wording differences", "wording", buckets.wording, (c) => openGroup(c, "wording", view)),
    section("Agreements", "agree", buckets.agree, (c) => foldedGroup(c, view)),
    foldedSection("Reported by one outlet only", "single", buckets.single, (c) => foldedGroup(c, view)),
    renderDiagnostics(report.diagnostics, ctx),
  ];
  if (buckets.contradict.length + buckets.meaning.length + buckets.wording.length + buckets.agree.length === 0) {
    body.splice(1, 0, `<p>No statement shown is reported by two or more outlets.</p>`);
  }
  return page(`claims: ${plural(report.totals.articles, "article")}`, body.filter(Boolean).join("\n"));
}

interface Buckets {
  contradict: Comparison[];
  meaning: Comparison[];
  wording: Comparison[];
  agree: Comparison[];
  single: Comparison[];
}

/** The reading order: a group with a meaning-changing pair is a meaning change unless it contradicts. */
function bucketComparisons(shown: Comparison[]): Buckets {
  const isMeaning = isMeaningChange;
  return {
    contradict: shown.filter((c) => c.verdict === "contradict"),
    meaning: shown.filter(isMeaning),
    wording: shown.filter((c) => c.verdict === "differ" && !isMeaning(c)),
    agree: shown.filter((c) => c.verdict === "agree" && !isMeaning(c)),
    single: shown.filter((c) => c.verdict === "single"),
  };
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${HTML_STYLES}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function renderSummary(report: Report): string {
  const t = report.totals;
  const { meaning, wording } = countChanges(report.comparisons);
  const counts: [string, number, string][] = [
    ["contradict", t.contradict, t.contradict === 1 ? "contradiction" : "contradictions"],
    ["meaning", meaning, meaning === 1 ? "meaning change" : "meaning changes"],
    ["wording", wording, wording === 1 ? "wording difference" : "wording differences"],
    ["agree", t.agree, t.agree === 1 ? "agreement" : "agreements"],
    ["single", t.single, "reported once"],
  ];
  const items = counts.map(([cls, n, label]) => `<li class="c-${cls}"><b>${n}</b>${esc(label)}</li>`).join("");
  const rows = report.articles.map(
    (a) =>
      `<tr><td><code>${esc(a.id)}</code></td><td>${esc(a.outlet)}</td><td>${esc(squash(a.headline?.text ?? ""))}</td>` +
      `<td>${esc(a.published ?? "")}</td><td class="where">${esc(a.file)}</td></tr>`,
  );
  return `<header>
<h1>claims report</h1>
<p>${esc(plural(t.articles, "article"))}, ${esc(plural(t.statements, "statement"))} (${esc(plural(t.quotes, "quote"))}), grouped across outlets:</p>
<ul class="counts">${items}</ul>
<table><thead><tr><th>id</th><th>outlet</th><th>headline</th><th>published</th><th>file</th></tr></thead>
<tbody>${rows.join("")}</tbody></table>
</header>`;
}

function section(title: string, cls: string, items: Comparison[], render: (c: Comparison) => string): string {
  if (items.length === 0) return "";
  return `<section id="${cls}"><h2 class="c-${cls}">${esc(title)} (${items.length})</h2>\n${items.map(render).join("\n")}\n</section>`;
}

/** A long, low-value section (what one outlet alone reports) folded under its heading. */
function foldedSection(title: string, cls: string, items: Comparison[], render: (c: Comparison) => string): string {
  if (items.length === 0) return "";
  const head = `<summary><h2 class="c-${cls}">${esc(title)} (${items.length})</h2></summary>`;
  return `<details id="${cls}" class="folded-section">${head}\n${items.map(render).join("\n")}\n</details>`;
}

function openGroup(c: Comparison, cls: string, view: HtmlView): string {
  return `<article class="group c-${cls}" id="${esc(c.id)}">${renderGroupHeader(c)}${renderGroupBody(c, view)}</article>`;
}

/** One line (who, the words, outlets, where); opens to the full side-by-side view. */
function foldedGroup(c: Comparison, view: HtmlView): string {
  const first = view.byId.get(c.statements[0] ?? "");
  const text = first ? squash(first.text) : "";
  const where = first ? view.ctx.locate(first.file, first.start) : "";
  const cls = c.verdict === "single" ? "single" : "agree";
  const line =
    `<span class="agree-line"><b>${esc(groupName(c))}</b>: “${esc(text)}” ` +
    `<span class="meta">— ${esc(c.articles.join(", "))}</span> <span class="where">${breakable(where)}</span></span>`;
  return `<details class="group c-${cls}" id="${esc(c.id)}"><summary>${line}</summary>${renderGroupBody(c, view)}</details>`;
}

function renderDiagnostics(diagnostics: Diagnostic[], ctx: HtmlContext): string {
  if (diagnostics.length === 0) return "";
  const items = diagnostics.map((d) => {
    const where = d.file ? `<span class="where">${breakable(ctx.locate(d.file, d.start ?? 0))}</span> ` : "";
    const note = d.note ? ` <span class="meta">(${esc(d.note)})</span>` : "";
    return `<li>${where}<b>${esc(d.severity)}</b> <code>${esc(d.code)}</code> ${esc(d.message)}${note}</li>`;
  });
  return `<details class="diagnostics"><summary>Diagnostics (${diagnostics.length})</summary><ul>${items.join("")}</ul></details>`;
}
