import { describe, expect, test } from "vitest";
import { classifyLine } from "../../src/load/classify-line.js";
import { splitLines } from "../../src/load/lines.js";
import { LINE_CASES } from "../../fixtures/load/lines.cases.js";

describe("classifyLine", () => {
  test.each(LINE_CASES)("%s → %s (%s)", (line, expected) => {
    expect(classifyLine(line)).toBe(expected);
  });
});

describe("splitLines", () => {
  test("trims each line and keeps file offsets, CRLF and BOM included", () => {
    const text = "\uFEFFHeadline  \r\n\r\n  Body line.\nLast";
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(["Headline", "", "Body line.", "Last"]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(lines[2]?.start).toBe(text.indexOf("Body"));
  });
});
