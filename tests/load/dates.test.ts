import { describe, expect, test } from "vitest";
import { findLineDates, isDateLine } from "../../src/load/parse-date-line.js";
import { DATE_CASES, DATELINE_CASES } from "../../fixtures/load/dates.cases.js";

describe("findLineDates", () => {
  test.each(DATE_CASES)("%s (%s)", (line, expected) => {
    const first = findLineDates(line)[0];
    expect(first ? { iso: first.iso, label: first.label } : null).toEqual(expected);
    if (first) expect(line.slice(first.start, first.end)).toMatch(/\d{4}/);
  });
});

describe("isDateLine", () => {
  test.each(DATELINE_CASES)("%s → %s (%s)", (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});
