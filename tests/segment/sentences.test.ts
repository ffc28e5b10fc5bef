import { describe, expect, test } from "vitest";
import { splitSentences } from "../../src/segment/sentences.js";
import { SENTENCE_CASES } from "../../fixtures/segment/sentences.cases.js";

describe("splitSentences", () => {
  test.each(SENTENCE_CASES)("%j → %j (%s)", (input, expected) => {
    const spans = splitSentences(input, { start: 0, end: input.length });
    expect(spans.map((s) => input.slice(s.start, s.end))).toEqual(expected);
  });

  test("offsets are into the whole text", () => {
    const text = "Header line.\nFirst one. Second one.";
    const spans = splitSentences(text, { start: 13, end: text.length });
    expect(spans).toEqual([{ start: 13, end: 23 }, { start: 24, end: 35 }]);
  });
});
