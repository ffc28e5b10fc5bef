import { describe, expect, test } from "vitest";
import { bridges } from "../../src/align/adjacent.js";
import { groupUtterances } from "../../src/align/group.js";
import { measureRarity } from "../../src/align/rarity.js";
import { bridgeCases } from "../../fixtures/align/adjacent.cases.js";
import { makeQuoteCorpus } from "../helpers/make-quotes.js";

describe("bridges", () => {
  test.each(bridgeCases)("%j → %s (%s)", (gap, expected) => {
    expect(bridges(gap.match(/[\p{L}\p{N}]+/gu) ?? [])).toBe(expected);
  });
});

describe("linkAdjacent through groupUtterances", () => {
  const group = (joiner: string): string[][] => {
    const { quotes, textOf } = makeQuoteCorpus(
      [[["Ana Roe", "the back door of the old clinic"], ["Ana Roe", "shameful in every way"]]],
      joiner,
    );
    const { groups } = groupUtterances(quotes, measureRarity([...textOf.values()]), textOf);
    return groups.map((g) => g.map((i) => quotes[i]?.id ?? ""));
  };

  test("a second reporting clause keeps two statements apart", () => {
    expect(group("” and described the delays as “")).toEqual([["a0:q0"], ["a0:q1"]]);
  });

  test("a quotation over two paragraphs is one utterance; a closed one and a new paragraph are two", () => {
    expect(group("\n“")).toEqual([["a0:q0", "a0:q1"]]);
    expect(group("”\n“")).toEqual([["a0:q0"], ["a0:q1"]]);
  });

  test("an attribution with a scene keeps one utterance", () => {
    expect(group(",” she said, standing on the pier. “")).toEqual([["a0:q0", "a0:q1"]]);
  });
});
