import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { extractDates } from "../../../src/extract/dates/index.js";
import { makeContext } from "../../helpers/make-article.js";
import { DATE_CASES, REFERENCE_CASES } from "../../../fixtures/extract/dates/dates.cases.js";
import type { ArticleContext } from "../../../src/pipeline-types.js";

function found(ctx: ArticleContext): [string, string | null][] {
  return extractDates(ctx).value.map((d) => [d.text, d.value]);
}

describe("extractDates", () => {
  test.each(DATE_CASES)("%s", (input, expected, _why) => {
    expect(found(makeContext(input))).toEqual(expected);
  });

  test.each(REFERENCE_CASES)("%s (reference %s)", (input, reference, expected, _why) => {
    expect(found(makeContext(input, reference))).toEqual(expected);
  });

  test("ids are <article>:d<n> in text order and statements carry the file", () => {
    const dates = extractDates(makeContext("In 2019 and in March 2020 it happened.", "2023-03-22", "art")).value;
    expect(dates.map((d) => d.id)).toEqual(["art:d1", "art:d2"]);
    expect(dates.every((d) => d.file === "t.txt" && d.kind === "date")).toBe(true);
  });

  test("metadata lines give publication and update dates", () => {
    const text = "Headline\nPublished Mar 22, 2023 • Last updated 4 minutes ago\nShe was elected in 2019.";
    const ctx = makeContext(text);
    const meta = { start: text.indexOf("Published"), end: text.indexOf("\nShe") };
    ctx.article.paragraphs = ctx.article.paragraphs.filter((p) => p.start > meta.end);
    ctx.article.excluded = [{ ...meta, reason: "metadata" }];
    const dates = extractDates(ctx).value.map((d) => [d.text, d.value, d.event]);
    expect(dates).toEqual([
      ["Mar 22, 2023", "2023-03-22", "publication"],
      ["4 minutes ago", null, "update"],
      ["2019", "2019", "elect"],
    ]);
  });

  test("a page address in the metadata is no date: /2025/03/11/ in the URL line", () => {
    const text = "Headline\nPublished Mar 12, 2025\nShe resigned.\nhttps://news.example/2025/03/11/she-resigned";
    const ctx = makeContext(text);
    const urlStart = text.indexOf("https");
    ctx.article.paragraphs = ctx.article.paragraphs.filter((p) => p.start > text.indexOf("\nShe") && p.end <= urlStart);
    ctx.article.excluded = [
      { start: text.indexOf("Published"), end: text.indexOf("\nShe"), reason: "metadata" },
      { start: urlStart, end: text.length, reason: "metadata" },
    ];
    expect(found(ctx)).toEqual([["Mar 12, 2025", "2025-03-12"]]);
  });

  test("events name what the date places", () => {
    const events = extractDates(makeContext("She was first elected in 2018. They had been arrested in December 2018. Ahead of the 2019 election it changed.")).value.map((d) => d.event);
    expect(events).toEqual(["first elect", "arrest", "election"]);
  });

  test("property: every statement's text is the file's slice, and a prefix shifts offsets", () => {
    const body = "Okafor was elected in 2018. On Tuesday, she said last month was hard. From 2019 to 2021 she led.\nIn February 2021 she left.";
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }).filter((s) => !/[\d"“”]/.test(s)), (prefix) => {
        const pre = `${prefix.replace(/\n/g, " ")}\n`;
        const shifted = extractDates(makeContext(pre + body)).value;
        const base = extractDates(makeContext(body)).value;
        for (const d of shifted) expect(d.text).toBe((pre + body).slice(d.start, d.end));
        const inBody = shifted.filter((d) => d.start >= pre.length);
        expect(inBody.map((d) => [d.start - pre.length, d.value])).toEqual(base.map((d) => [d.start, d.value]));
      }),
      { numRuns: 50 },
    );
  });
});
