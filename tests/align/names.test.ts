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
  test("merges names only within one story: unrelated articles keep their own short names", () => {
    const { quotes } = makeQuoteCorpus([
      [["Kim", "the rink was cold tonight"], ["Ana Poe", "we played well"]],
      [["Erin Kim", "rents rose again this year"], ["Bo Lee", "the market is tight"]],
    ]);
    const out = alignSpeakers(quotes).map((s) => (s.kind === "quote" ? s.speaker : null));
    expect(out).toEqual(["Kim", "Ana Poe", "Erin Kim", "Bo Lee"]);
  });
  test("articles that share a speaker in full are one story, and a surname there takes the full name", () => {
    const { quotes } = makeQuoteCorpus([
      [["Kim", "one"], ["Ana Poe", "two"]],
      [["Erin Kim", "three"], ["Ana Poe", "four"]],
    ]);
    expect(alignSpeakers(quotes).map((s) => (s.kind === "quote" ? s.speaker : null))).toEqual(["Erin Kim", "Ana Poe", "Erin Kim", "Ana Poe"]);
  });
});
