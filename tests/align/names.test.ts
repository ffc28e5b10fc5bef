import { describe, expect, test } from "vitest";
import { canonicalNames } from "../../src/align/names.js";
import { alignSpeakers } from "../../src/align/index.js";
import { nameCases } from "../../fixtures/align/names.cases.js";
import { makeQuoteCorpus } from "../helpers/make-quotes.js";

describe("canonicalNames", () => {
  test.each(nameCases)("%j → %j (%s)", (names, expected) => {
    const map = canonicalNames(names);
    expect(names.map((n) => map.get(n))).toEqual(expected);
  });
});

describe("alignSpeakers", () => {
  test("rewrites speakers on new objects and leaves the input alone", () => {
    const { quotes } = makeQuoteCorpus([[["Dong", "one"]], [["Han Dong", "two"]]]);
    const out = alignSpeakers(quotes);
    expect(out.map((s) => (s.kind === "quote" ? s.speaker : null))).toEqual(["Han Dong", "Han Dong"]);
    expect(quotes[0]?.speaker).toBe("Dong");
    expect(out[0]).not.toBe(quotes[0]);
  });
});
