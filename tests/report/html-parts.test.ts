import { describe, expect, test } from "vitest";
import { escapeHtml } from "../../src/report/html/escape.js";
import { breakable } from "../../src/report/html/group.js";
import { renderHtmlDiff } from "../../src/report/html/diff.js";
import { breakableCases, diffCases, escapeCases } from "../../fixtures/report/html.cases.js";

describe("escapeHtml", () => {
  test.each(escapeCases)("%j → %j (%s)", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("breakable locations", () => {
  test.each(breakableCases)("%s → %s (%s)", (input, expected) => {
    expect(breakable(input)).toBe(expected);
  });
});

describe("renderHtmlDiff", () => {
  test.each(diffCases)("%j under %s (%s)", (diff, self, expected) => {
    const pair = { a: "x:q1", b: "y:q1", relation: "wording" as const, diff, reason: null };
    expect(renderHtmlDiff(pair, self === "a" ? "x:q1" : "y:q1")).toBe(expected);
  });
});
