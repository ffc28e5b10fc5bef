import { describe, expect, test } from "vitest";
import { groupUtterances } from "../../src/align/group.js";
import { measureRarity } from "../../src/align/rarity.js";
import { groupingCases, groupingKnownFailures } from "../../fixtures/align/grouping.cases.js";
import { makeQuoteCorpus } from "../helpers/make-quotes.js";

describe("groupUtterances", () => {
  test.each(groupingCases)("%# %s", (input, expected) => {
    const { quotes, textOf } = makeQuoteCorpus(input.articles, input.joiner);
    const rarity = measureRarity([...textOf.values()]);
    const { groups } = groupUtterances(quotes, rarity, textOf);
    const keys = groups.map((g) => g.map((i) => (quotes[i]?.id ?? "").replace(/^a(\d+):q(\d+)$/, "$1.$2")));
    expect(keys).toEqual(expected);
  });

  test("a quote copied word for word by many articles is one group, each copy linked", () => {
    const articles: [string | null, string][][] = Array.from({ length: 12 }, () => [["Jane Roe", "We will build the bridge next year with federal money."]]);
    articles.push([["Jane Roe", "build the bridge next year"]]);
    const { quotes, textOf } = makeQuoteCorpus(articles);
    const { groups, links } = groupUtterances(quotes, measureRarity([...textOf.values()]), textOf);
    expect(groups).toEqual([Array.from({ length: 13 }, (_, i) => i)]);
    expect(links.length).toBeLessThan(30);
  });

  test.each([
    ["partial", "Premier's Office", [["0.0", "1.0"]], "a two-word partial of one speaker inside another outlet's longer quote of them"],
    ["speech", "Premier's Office", [["0.0"], ["1.0"]], "a short full quote is no excerpt"],
    ["partial", "Ana Pelt", [["0.0"], ["1.0"]], "another speaker's words"],
  ] as const)("excerpts: a %s by %s (%#)", (kind, speaker, expected, _why) => {
    const { quotes, textOf } = makeQuoteCorpus([[["Premier's Office", "The premier expects to name a new minister within days,"]], [[speaker, "within days."]]]);
    const short = quotes[1];
    if (short) quotes[1] = { ...short, quoteKind: kind };
    const { groups } = groupUtterances(quotes, measureRarity([...textOf.values()]), textOf);
    expect(groups.map((g) => g.map((i) => (quotes[i]?.id ?? "").replace(/^a(\d+):q(\d+)$/, "$1.$2")))).toEqual(expected);
  });

  test.runIf(groupingKnownFailures.length > 0).fails.each(groupingKnownFailures)("known failure %# %s", (input, expected) => {
    const { quotes, textOf } = makeQuoteCorpus(input.articles, input.joiner);
    const { groups } = groupUtterances(quotes, measureRarity([...textOf.values()]), textOf);
    const keys = groups.map((g) => g.map((i) => (quotes[i]?.id ?? "").replace(/^a(\d+):q(\d+)$/, "$1.$2")));
    expect(keys).toEqual(expected);
  });

  test("2,000 quotes group in well under a few seconds", () => {
    const articles: [string | null, string][][] = [];
    for (let k = 0; k < 400; k++) {
      articles.push([
        ["Han Dong", `Let me be clear, what has been reported is false, and I will defend myself number ${k % 7}.`],
        ["Official", `The budget for item ${k} grew by ${k} percent in region ${k * 3} this year.`],
        ["Someone", `We ${k % 2 ? "will" : "won't"} attend the summit in city ${k % 13} next spring.`],
        [null, `progress ${k}`],
        ["Han Dong", `I did nothing to cause them any harm, truly ${k % 5}.`],
      ]);
    }
    const { quotes, textOf } = makeQuoteCorpus(articles);
    const t0 = performance.now();
    const { groups } = groupUtterances(quotes, measureRarity([...textOf.values()]), textOf);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(groups.length).toBeLessThan(quotes.length);
  });
});
