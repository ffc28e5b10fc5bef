import { describe, expect, test } from "vitest";
import { Chalk } from "chalk";
import { countChanges, countTotals } from "../../src/report/totals.js";
import { renderSummary } from "../../src/report/text/summary.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderHtml } from "../../src/report/html/index.js";
import type { Comparison, Pair, Report } from "../../src/schema/index.js";
import { analyzeTwoOutlets } from "./helpers/analyzed.js";

const pair = (relation: Pair["relation"]): Pair => ({ a: "x:q1", b: "y:q1", relation, diff: [], reason: null });
const group = (verdict: Comparison["verdict"], ...relations: Pair["relation"][]): Comparison => ({
  id: "c1", kind: "quote", verdict, label: "", speaker: null, statements: [], articles: ["x", "y"], pairs: relations.map(pair),
});

/** Rows: [groups, expected {meaning, wording}, why]. */
const cases: [Comparison[], { meaning: number; wording: number }, string][] = [
  [[group("differ", "wording"), group("differ", "meaning", "wording")], { meaning: 1, wording: 1 }, "a differ group with a meaning pair is a meaning change only"],
  [[group("contradict", "meaning"), group("agree", "verbatim")], { meaning: 0, wording: 0 }, "contradictions and agreements are neither"],
  [[group("differ", "wording"), group("differ", "wording"), group("differ", "meaning")], { meaning: 1, wording: 2 }, "meaning + wording = differ"],
];

describe("countChanges", () => {
  test.each(cases)("%# → %j (%s)", (groups, expected) => {
    const got = countChanges(groups);
    expect(got).toEqual(expected);
    expect(got.meaning + got.wording).toBe(countTotals([], [], groups).differ);
  });
});

describe("every format counts a meaning change once", () => {
  const { report: base, ctx } = analyzeTwoOutlets();
  // Turn the first differ group's first pair into a meaning change, as “I take full / no responsibility” would.
  const comparisons = base.comparisons.map((c) => ({ ...c, pairs: [...c.pairs] }));
  const target = comparisons.find((c) => c.verdict === "differ" && c.pairs.length > 0);
  const first = target?.pairs[0];
  if (target && first) target.pairs[0] = { ...first, relation: "meaning", reason: "negation on one side" };
  const report: Report = { ...base, comparisons };
  const { meaning, wording } = countChanges(comparisons);
  const rctx = { ...ctx, chalk: new Chalk({ level: 0 }), width: 200, verbose: false };

  test("the fixture has a meaning change and the counts add up to totals.differ", () => {
    expect(meaning).toBeGreaterThan(0);
    expect(meaning + wording).toBe(report.totals.differ);
  });

  test.each([
    ["text", () => renderSummary(report, rctx)],
    ["markdown", () => renderMarkdown(report, comparisons, rctx)],
    ["html", () => renderHtml(report, comparisons, ctx).replace(/<\/b>/g, " ").replace(/<wbr>/g, "")],
  ])("%s shows the same wording count", (_name, render) => {
    const out = render().replace(/<[^>]+>/g, "");
    expect(out).toMatch(new RegExp(`(^|\\D)${wording} wording difference`));
    expect(out).toMatch(new RegExp(`(^|\\D)${meaning} meaning change`));
  });
});
