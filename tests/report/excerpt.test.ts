import { describe, expect, test } from "vitest";
import { excerptAround } from "../../src/report/excerpt.js";

// [text, the span's text, expected sentence with the span in brackets, why]
const CASES: [string, string, string, string][] = [
  ["One. Ortiz was first elected in 2016. Two.", "2016", "Ortiz was first elected in [2016].", "the sentence around the span"],
  ["CBC reported in Sept. 2021 that they were freed. Next.", "freed", "CBC reported in Sept. 2021 that they were [freed].", "an abbreviation's period ends no sentence"],
  ["Talks in the U.S. ended on Monday. Then.", "Monday", "Talks in the U.S. ended on [Monday].", "initials end no sentence"],
  ["A headline\nBody text with 2019 in it", "2019", "Body text with [2019] in it", "a line break ends a sentence"],
  ["Ana Roe quit on Monday, saying she did \"nothing wrong.\" Next.", "Monday", "Ana Roe quit on [Monday], saying she did \"nothing wrong.\"", "the closing mark after the full stop stays"],
];

describe("excerptAround", () => {
  test.each(CASES)("%s → %s (%s)", (text, span, expected) => {
    const start = text.indexOf(span);
    const { before, match, after } = excerptAround(text, start, start + span.length);
    expect(`${before}[${match}]${after}`).toBe(expected);
  });
});
