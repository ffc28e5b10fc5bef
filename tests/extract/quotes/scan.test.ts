import { describe, expect, test } from "vitest";
import { scanQuotes } from "../../../src/extract/quotes/scan.js";
import { makeContext } from "../../helpers/make-article.js";
import { SCAN_CASES } from "../../../fixtures/extract/quotes/scan.cases.js";

describe("scanQuotes", () => {
  test.each(SCAN_CASES)("%j → %j (%s)", (input, expected) => {
    const ctx = makeContext(input);
    const { quotes } = scanQuotes(ctx.text, ctx.article.paragraphs);
    expect(quotes.map((q) => ctx.text.slice(q.start, q.end))).toEqual(expected);
  });

  test("a piece that reopens in the next paragraph is marked continued", () => {
    const ctx = makeContext("“First part.\n“Second part.”");
    const { quotes } = scanQuotes(ctx.text, ctx.article.paragraphs);
    expect(quotes.map((q) => q.continued)).toEqual([false, true]);
    expect(quotes[0]?.close).toBeNull();
  });

  test("an unclosed quotation with no continuation is reported", () => {
    const ctx = makeContext("He said “this never closes\nPlain text.");
    expect(scanQuotes(ctx.text, ctx.article.paragraphs).diagnostics.map((d) => d.code)).toEqual(["extract/unclosed-quote"]);
  });
});
