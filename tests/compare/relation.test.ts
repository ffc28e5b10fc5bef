import { describe, expect, test } from "vitest";
import { relateRenderings } from "../../src/compare/relation.js";
import { tokenizeWords } from "../../src/align/normalize.js";
import { relationCases } from "../../fixtures/compare/relation.cases.js";

describe("relateRenderings", () => {
  test.each(relationCases)("%j → %s (%s)", ([a, b], expected) => {
    expect(relateRenderings(tokenizeWords(a), tokenizeWords(b)).relation).toBe(expected);
  });

  test("a meaning change says why", () => {
    const r = relateRenderings(tokenizeWords("I will attend"), tokenizeWords("I will not attend"));
    expect(r.reason).toMatch(/negation/);
    expect(r.diff).toContainEqual({ op: "insert", text: "not" });
  });

  test("the diff of an excerpt covers only the shared stretch", () => {
    const r = relateRenderings(tokenizeWords("Before concluding, I did nothing wrong"), tokenizeWords("I did nothing wrong"));
    expect(r.diff).toEqual([{ op: "equal", text: "I did nothing wrong" }]);
  });
});
