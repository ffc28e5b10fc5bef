import { describe, expect, test } from "vitest";
import { compareQuotes } from "../../src/compare/quotes.js";
import { measureRarity } from "../../src/align/rarity.js";
import { makeQuoteCorpus } from "../helpers/make-quotes.js";

describe("compareQuotes: every cross-article pair that shares words is related", () => {
  // One outlet splits the quotation with “she added”; the other prints two excerpts.
  const { quotes, textOf } = makeQuoteCorpus([
    [["Ana Roe", "The families on that list are not statistics,"], ["Ana Roe", "They are our sisters, our uncles, our friends."]],
    [["Ana Roe", "not statistics"], ["Ana Roe", "our sisters, our uncles, our friends,"]],
  ], ",” she added. “");
  const groups = compareQuotes(quotes, measureRarity([...textOf.values()]), textOf);
  const pairs = groups.flatMap((g) => g.pairs.map((p) => `${p.a}~${p.b}:${p.relation}`));

  test("each half meets its own excerpt, even when no link joined them directly", () => {
    expect(pairs).toContain("a0:q0~a1:q0:verbatim");
    expect(pairs).toContain("a0:q1~a1:q1:verbatim");
  });

  test("renderings that share no content word get no pair", () => {
    expect(pairs).not.toContain("a0:q0~a1:q1:wording");
    expect(pairs.filter((p) => p.startsWith("a0:q1~a1:q0"))).toEqual([]);
  });
});
