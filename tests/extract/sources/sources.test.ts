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
