import { describe, expect, test } from "vitest";
import { extractQuotes } from "../../../src/extract/quotes/index.js";
import { makeContext } from "../../helpers/make-article.js";
import { WOVEN_SPEAKER_CASES } from "../../../fixtures/extract/quotes/woven.cases.js";

describe("speakers of woven partial quotations", () => {
  test.each(WOVEN_SPEAKER_CASES)("%j → %j (%s)", (input, expected) => {
    const quotes = extractQuotes(makeContext(input)).value;
    const last = quotes[quotes.length - 1];
    expect(last?.quoteKind).toBe("partial");
    expect(last?.speaker ?? null).toBe(expected);
  });
});
