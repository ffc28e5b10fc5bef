import { describe, expect, test } from "vitest";
import { renderHtml } from "../../src/report/html/index.js";
import type { Report } from "../../src/schema/index.js";
import { analyzePaths, analyzeTwoOutlets } from "./helpers/analyzed.js";

const VOID = new Set(["meta", "wbr", "br", "hr", "img", "link", "input"]);

/** The first tag that closes out of order or stays open, or null when every element is balanced. */
function unbalancedTag(html: string): string | null {
  const stack: string[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<!DOCTYPE html>/, "");
  for (const m of body.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    const [, close, name = ""] = m;
    if (VOID.has(name)) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `</${name}> at ${m.index}`;
  }
  return stack.length ? `<${stack.join("> <")}> left open` : null;
}

const text = (html: string) => html.replace(/<wbr>/g, "");

describe("renderHtml on the two invented articles", () => {
  const { report, ctx } = analyzeTwoOutlets();
  const html = renderHtml(report, report.comparisons, ctx);

  test("one self-contained document: inline style, no script, nothing fetched", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).toContain(`<meta charset="utf-8">`);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toMatch(/<style>[\s\S]+@media print[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|@import|url\(/i);
  });

  test("every element is closed, in order", () => {
    expect(unbalancedTag(html)).toBeNull();
  });

  test("the summary comes first, then contradictions before wording differences", () => {
    const at = (s: string) => html.indexOf(s);
    expect(at("<h1>claims report</h1>")).toBeGreaterThan(0);
    expect(at("<h1>claims report</h1>")).toBeLessThan(at("Contradictions (1)"));
    expect(at("Contradictions (1)")).toBeLessThan(at("Wording differences ("));
  });

  test("each rendering carries its file:line:column", () => {
    const shown = new Set(report.comparisons.filter((c) => c.articles.length > 1).flatMap((c) => c.statements));
    expect(shown.size).toBeGreaterThan(2);
    for (const s of report.statements.filter((x) => shown.has(x.id))) {
      expect(text(html)).toContain(`<div class="where">${ctx.locate(s.file, s.start)}</div>`);
    }
  });

  test("the wording difference is marked word by word under the outlet that wrote it", () => {
    expect(html).toMatch(/I <del>believe<\/del> <ins>think<\/ins> it is time/);
  });

  test("the contradicting dates are marked in their sentences, with the reason", () => {
    expect(html).toContain("Ortiz was first elected in <mark>2016</mark>.");
    expect(html).toMatch(/values cannot both hold: 2016 \/ 2018/);
  });

  test("the same report gives the same bytes", () => {
    expect(renderHtml(report, report.comparisons, ctx)).toBe(html);
  });
});

describe("renderHtml escapes article text", () => {
  const { report, ctx } = analyzeTwoOutlets();
  const evil = "<script>alert('x')</script> & <b>bold</b>";
  const tampered: Report = {
    ...report,
    statements: report.statements.map((s) => ({ ...s, text: evil })),
    comparisons: report.comparisons.map((c) => ({ ...c, label: evil, speaker: c.speaker === null ? null : evil })),
  };
  const html = renderHtml(tampered, tampered.comparisons, ctx);

  test("markup in a quote, speaker or label shows as text", () => {
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>bold</b>");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    expect(unbalancedTag(html)).toBeNull();
  });
});

describe("renderHtml on the seeds", () => {
  const { report, ctx } = analyzePaths(["seeds"]);
  const html = renderHtml(report, report.comparisons, ctx);
  const agreements = report.comparisons.filter((c) => c.verdict === "agree");

  test("sections in reading order: contradictions, meaning, wording, agreements, single-outlet", () => {
    const headings = ["Contradictions (", "Meaning changes (", "Wording differences (", "Agreements (", "Reported by one outlet only ("];
    const order = headings.map((h) => html.indexOf(h)).filter((i) => i >= 0);
    expect(order.length).toBeGreaterThanOrEqual(3);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test("agreements are folded, one <details> each, and still show every outlet", () => {
    expect(agreements.length).toBeGreaterThan(0);
    for (const c of agreements) {
      const start = html.indexOf(`<details class="group c-agree" id="${c.id}">`);
      expect(start, c.id).toBeGreaterThan(0);
      const block = html.slice(start, html.indexOf("</details>", html.indexOf('<div class="renderings">', start)));
      for (const a of c.articles) expect(block, `${c.id} ${a}`).toContain(`<h4>${a} `);
    }
  });

  test("every element is closed, in order", () => {
    expect(unbalancedTag(html)).toBeNull();
  });
});
