import { describe, expect, test } from "vitest";
import { datesCompatible, statesYear } from "../../src/compare/date-values.js";
import { dateValueCases, statesYearCases } from "../../fixtures/compare/date-values.cases.js";

describe("datesCompatible", () => {
  test.each(dateValueCases)("%j → %s (%s)", ([a, b], expected) => {
    expect(datesCompatible(a, b)).toBe(expected);
    expect(datesCompatible(b, a)).toBe(expected);
  });
});

describe("statesYear", () => {
  test.each(statesYearCases)("%s → %s (%s)", (text, expected) => {
    expect(statesYear(text)).toBe(expected);
  });
});
