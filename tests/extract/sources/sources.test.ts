import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { extractSources } from "../../../src/extract/sources/index.js";
import { makeContext } from "../../helpers/make-article.js";
import { SOURCE_CASES } from "../../../fixtures/extract/sources/sources.cases.js";

describe("extractSources", () => {
  test.each(SOURCE_CASES)("%s", (input, expected, _why) => {
    const found = extractSources(makeContext(input)).value.map((s) => [s.text, s.source, s.sourceKind]);
    expect(found).toEqual(expected);
  });

  test("an unnamed source cited through an outlet records the outlet as via", () => {
    const s = extractSources(makeContext("Lakeside News, citing two anonymous police sources, reported the raid.", "2023-03-22", "a")).value;
    expect(s.map((x) => [x.id, x.source, x.via])).toEqual([
      ["a:s1", "Lakeside News", null],
      ["a:s2", "police sources", "Lakeside News"],
    ]);
  });

  test("a paper an outlet cited is reached through that outlet", () => {
    const s = extractSources(makeContext("Costs rose, according to the Bay Ledger, which cited an internal memo.", "2023-03-22", "a")).value;
    expect(s.map((x) => [x.source, x.sourceKind, x.via])).toEqual([
      ["Bay Ledger", "outlet", null],
      ["internal memo", "document", "Bay Ledger"],
    ]);
  });

  const inOwnOutlet = (text: string) => {
    const ctx = makeContext(text);
    return extractSources({ ...ctx, article: { ...ctx.article, outlet: "Lakeside Post" } }).value.map((s) => [s.text, s.sourceKind]);
  };
  test.each([
    ["Two senior officials told the Lakeside Post the plan was dead.", [["Two senior officials", "anonymous"]], "the outlet the officials told is the writer"],
    ["This report by The Lakeside Post was first published May 2, 2024.", [], "a closing credit line names the writer"],
    ["He declined to comment to the Post.", [], "the own outlet's short form"],
    ["He did not answer when the Lakeside Post initially reported on the votes.", [["Lakeside Post", "outlet"]], "the outlet citing its own earlier story"],
    ["The vote failed, the Bay Ledger reported.", [["Bay Ledger", "outlet"]], "another outlet is still a source"],
  ])("own outlet: %s", (text, expected, _why) => {
    expect(inOwnOutlet(text)).toEqual(expected);
  });

  test("property: every statement's text is the file's slice, and a prefix shifts offsets", () => {
    const body = "According to Reuters, the plan failed. A spokesperson for the Transit Authority said so.\nLakeside News, citing unnamed sources, reported it.";
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }).filter((s) => !/["“”]/.test(s)), (prefix) => {
        const pre = `${prefix.replace(/\n/g, " ")}\n`;
        const shifted = extractSources(makeContext(pre + body)).value;
        const base = extractSources(makeContext(body)).value;
        for (const s of shifted) expect(s.text).toBe((pre + body).slice(s.start, s.end));
        const inBody = shifted.filter((s) => s.start >= pre.length);
        expect(inBody.map((s) => [s.start - pre.length, s.source])).toEqual(base.map((s) => [s.start, s.source]));
      }),
      { numRuns: 50 },
    );
  });
});
