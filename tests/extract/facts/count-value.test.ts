import { describe, expect, test } from "vitest";
import { countInterval, countsCompatible, hedgeBefore } from "../../../src/extract/facts/count-value.js";

describe("count values", () => {
  test.each([
    [["kept", "more", "than"], 3, { symbol: ">", length: 2 }],
    [["no", "more", "than"], 3, { symbol: "<=", length: 3 }],
    [["residents", "of", "about"], 3, { symbol: "~", length: 1 }],
    [["as", "many", "as"], 3, { symbol: "<=", length: 3 }],
    [["the", "top"], 2, null],
  ])("hedgeBefore(%j, %d)", (norms, at, expected) => {
    expect(hedgeBefore(norms, at)).toEqual(expected);
  });

  test.each([
    ["1400", { lo: 1400, hi: 1400 }],
    ["~1400", { lo: 1050, hi: 1750 }],
    [">2000", { lo: 2000, hi: Infinity }],
    ["<=12", { lo: 0, hi: 12 }],
    ["hundreds", null],
  ])("countInterval(%s)", (value, expected) => {
    expect(countInterval(value)).toEqual(expected);
  });

  test.each([
    ["~1400", ">2000", false],
    ["1400", "~1400", true],
    ["~25", ">40", false],
    ["2", "3", false],
    ["hundreds", "300", false],
    ["hundreds", "hundreds", true],
  ])("countsCompatible(%s, %s) = %s", (a, b, expected) => {
    expect(countsCompatible(a, b)).toBe(expected);
    expect(countsCompatible(b, a)).toBe(expected);
  });
});
