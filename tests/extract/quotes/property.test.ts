import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { extractQuotes } from "../../../src/extract/quotes/index.js";
import { extractClaims } from "../../../src/extract/claims/index.js";
import { makeContext } from "../../helpers/make-article.js";

const pieces = ["“", "”", "‘", "’", '"', "'", " ", "\n", "said", "he", "Ana Silva", ",", ".", "told", "that", "I’m", "(", ")", "[x]", "é", "😀", "\r\n"];
const articleText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(""));

describe("quote spans", () => {
  test("every quote's text is the file text between its offsets, within bounds", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const ctx = makeContext(text);
        const quotes = extractQuotes(ctx).value;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(q.text).toBe(text.slice(q.start, q.end));
          for (const s of [q.speakerMention, q.cue]) if (s) expect(s.text).toBe(text.slice(s.start, s.end));
        }
        for (const c of extractClaims(ctx, quotes).value) expect(c.text).toBe(text.slice(c.start, c.end));
      }),
      { numRuns: 400 },
    );
  });

  test("prepending k characters shifts every quote by k", () => {
    fc.assert(
      fc.property(articleText, fc.nat({ max: 20 }), (text, k) => {
        const a = extractQuotes(makeContext(text)).value;
        const b = extractQuotes(makeContext("x".repeat(k) + "\n" + text)).value;
        expect(b.map((q) => [q.start - k - 1, q.end - k - 1])).toEqual(a.map((q) => [q.start, q.end]));
      }),
      { numRuns: 200 },
    );
  });

  test("swapping curly for straight double marks keeps the quote spans", () => {
    const curly = "Silva said, “We will win.” Vega said “no” twice.";
    const straight = curly.replace(/[“”]/g, '"');
    const spans = (t: string): number[][] => extractQuotes(makeContext(t)).value.map((q) => [q.start, q.end]);
    expect(spans(straight)).toEqual(spans(curly));
  });

  test("ids are numbered in text order", () => {
    const quotes = extractQuotes(makeContext("“One,” she said. “Two,” she said.", null, "ab")).value;
    expect(quotes.map((q) => q.id)).toEqual(["ab:q1", "ab:q2"]);
  });
});
