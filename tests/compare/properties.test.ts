import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { relateRenderings } from "../../src/compare/relation.js";
import { diffWords } from "../../src/compare/word-diff.js";
import { tokenizeWords } from "../../src/align/normalize.js";

const word = fc.constantFrom("the", "minister", "said", "not", "three", "“false”", "I’m", "Canada", "will", "harm", "é", "2021");
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(" "));

describe("relation properties", () => {
  test("a quote compared with itself is verbatim", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const t = tokenizeWords(s);
        expect(relateRenderings(t, t).relation).toBe("verbatim");
      }),
    );
  });

  test("swapping curly and straight quote marks keeps a rendering verbatim", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const straight = s.replace(/[“”]/g, '"').replace(/’/g, "'");
        expect(relateRenderings(tokenizeWords(s), tokenizeWords(straight)).relation).toBe("verbatim");
      }),
    );
  });

  test("the word diff decodes back to both inputs", () => {
    const words = fc.array(fc.constantFrom("a", "b", "c", "dd", "e’s", "2021", "Ω"), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const runs = diffWords(a, b);
        const left = runs.filter((r) => r.op !== "insert").flatMap((r) => a.slice(r.aStart, r.aEnd));
        const right = runs.filter((r) => r.op !== "delete").flatMap((r) => b.slice(r.bStart, r.bEnd));
        expect(left).toEqual(a);
        expect(right).toEqual(b);
        for (const r of runs.filter((x) => x.op === "equal")) {
          expect(a.slice(r.aStart, r.aEnd)).toEqual(b.slice(r.bStart, r.bEnd));
        }
      }),
    );
  });
});
