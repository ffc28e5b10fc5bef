import { describe, expect, test } from "vitest";
import { openStyles, visibleLength, wrap } from "../../src/report/text/wrap.js";
import { wrapCases } from "../../fixtures/report/wrap.cases.js";

describe("wrap", () => {
  test.each(wrapCases)("%j at %i → %j (%s)", (input, width, expected) => {
    expect(wrap(input, width, "  ", "")).toBe(expected);
  });

  test.each(wrapCases)("no line of %j is wider than %i unless one word is", (input, width) => {
    for (const line of wrap(input, width, "  ", "").split("\n")) {
      const words = line.trim().split(" ");
      if (words.length > 1) expect(visibleLength(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe("openStyles", () => {
  test("chalk's nested bold red opens two styles and its closers end both", () => {
    const opened = openStyles("\u001b[1m\u001b[31mx", []);
    expect(opened).toEqual(["\u001b[1m", "\u001b[31m"]);
    expect(openStyles("y\u001b[39m\u001b[22m", opened)).toEqual([]);
  });

  test("a reset ends everything", () => {
    expect(openStyles("\u001b[0m", ["\u001b[1m", "\u001b[4m"])).toEqual([]);
  });
});
