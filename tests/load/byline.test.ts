import { describe, expect, test } from "vitest";
import { readByline } from "../../src/load/byline.js";
import { splitLines } from "../../src/load/lines.js";
import { BYLINE_CASES } from "../../fixtures/load/byline.cases.js";

describe("readByline", () => {
  test.each(BYLINE_CASES)("%s (%s)", (text, expected) => {
    const byline = readByline(splitLines(text), 0);
    const got = byline ? { names: text.slice(byline.start, byline.end), hint: byline.outletHint } : null;
    expect(got).toEqual(expected);
  });
});
