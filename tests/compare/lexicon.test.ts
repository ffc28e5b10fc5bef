import { describe, expect, test } from "vitest";
import { CALENDAR_WORDS, NEGATORS, NUMBER_WORDS, reversesSense, splitNegation } from "../../src/compare/lexicon.js";
import { STOPWORDS, isContentWord } from "../../src/align/stopwords.js";
import { foldWord } from "../../src/align/normalize.js";

describe("lexicons", () => {
  test.each([
    ["NEGATORS", NEGATORS],
    ["NUMBER_WORDS", NUMBER_WORDS],
    ["CALENDAR_WORDS", CALENDAR_WORDS],
    ["STOPWORDS", STOPWORDS],
  ] as const)("%s entries are folded words", (_name, set) => {
    for (const w of set) expect(foldWord(w)).toBe(w);
    expect(set.size).toBeGreaterThan(5);
  });

  test("negators are content: “I did nothing” must not look like “I did something”", () => {
    for (const w of NEGATORS) expect(STOPWORDS.has(w)).toBe(false);
    expect(isContentWord("nothing")).toBe(true);
    expect(isContentWord("the")).toBe(false);
  });

  test.each([
    ["won't", ["will", "not"]],
    ["didn't", ["did", "not"]],
    ["cannot", ["can", "not"]],
    ["attend", ["attend"]],
  ] as const)("splitNegation(%s) → %j", (word, expected) => {
    expect(splitNegation(word)).toEqual(expected);
  });

  test("sense pairs work both ways", () => {
    expect(reversesSense("support", "oppose")).toBe(true);
    expect(reversesSense("oppose", "support")).toBe(true);
    expect(reversesSense("untrue", "false")).toBe(false);
  });
});
