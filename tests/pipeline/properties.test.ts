import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { analyze, ReportSchema } from "../../src/index.js";

// Text that looks enough like news to exercise every stage: words, names,
// quotation marks of every style, dates, line breaks, and stray punctuation.
const token = fc.constantFrom(
  "said", "told", "according to", "Mayor", "Jane Roe", "he", "she", "“", "”", '"', "‘", "’", "'", ",", ".",
  "in 2019", "last month", "on Tuesday", "March 3, 2021", "\n", "\n\n", "https://example.com/a-1", "Reuters",
  "two unnamed sources", "not", "We", "will", "win", "I", "am", "(", ")", "—", "[", "]", "\r\n", "\uFEFF", "😀",
);
const newsText = fc.array(token, { maxLength: 120 }).map((t) => t.join(" "));

describe("pipeline properties", () => {
  test("every statement's text is exactly its file's slice, within bounds; the report passes the schema", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const report = analyze([{ file: "x.txt", text }]);
        ReportSchema.parse(report);
        for (const s of report.statements) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.text).toBe(text.slice(s.start, s.end));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("two files: statements point into their own file", () => {
    fc.assert(
      fc.property(newsText, newsText, (a, b) => {
        const report = analyze([{ file: "a.txt", text: a }, { file: "b.txt", text: b }]);
        for (const s of report.statements) expect(s.text).toBe((s.file === "a.txt" ? a : b).slice(s.start, s.end));
      }),
      { numRuns: 100 },
    );
  });

  test("quote spans do not move when straight double marks become curly ones", () => {
    const words = fc.array(fc.constantFrom("we", "will", "win", "the", "vote", "today"), { minLength: 2, maxLength: 8 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(words, words, (q, rest) => {
        const straight = `Headline here\n\n"${q}," said Jane Roe. ${rest}.\n`;
        const curly = straight.replace('"', "“").replace('"', "”");
        const spans = (t: string) =>
          analyze([{ file: "x.txt", text: t }]).statements.filter((s) => s.kind === "quote").map((s) => [s.start, s.end]);
        expect(spans(curly)).toEqual(spans(straight));
      }),
      { numRuns: 100 },
    );
  });
});
