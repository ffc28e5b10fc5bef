import { describe, expect, test } from "vitest";
import { extractQuotes } from "../../../src/extract/quotes/index.js";
import { makeContext } from "../../helpers/make-article.js";
import { CLASSIFY_CASES } from "../../../fixtures/extract/quotes/classify.cases.js";

describe("quote kinds", () => {
  test.each(CLASSIFY_CASES)("%j → %j (%s)", (input, expected) => {
    const quotes = extractQuotes(makeContext(input)).value;
    expect(quotes.map((q) => q.quoteKind)).toEqual(expected);
  });

  test("a term has no speaker", () => {
    const [q] = extractQuotes(makeContext("Okafor said nothing. Critics feared “interference” then.")).value;
    expect(q?.quoteKind).toBe("term");
    expect(q?.speaker).toBeNull();
  });
});
