import { describe, expect, test } from "vitest";
import { smallNumber } from "../../src/data/small-numbers.js";

describe("smallNumber", () => {
  test.each<[string, number | null]>([
    ["four", 4], ["Twelve", 12], ["a", 1], ["an", 1], ["12", 12], ["zero", 0], ["few", null], ["thirteen", null],
  ])("%s → %s", (word, value) => {
    expect(smallNumber(word)).toBe(value);
  });
});
