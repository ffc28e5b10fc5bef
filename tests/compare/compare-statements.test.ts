import { describe, expect, test } from "vitest";
import type { Article, DateStatement, SourceStatement, Statement } from "../../src/schema/index.js";
import { compareStatements } from "../../src/compare/index.js";
import { factCases, type DateSide } from "../../fixtures/compare/facts.cases.js";
import { makeQuoteCorpus } from "../helpers/make-quotes.js";

function article(id: string, file: string, text: string): Article {
  return {
    id, outlet: id, outletEvidence: "file-name", file, start: 0, end: text.length, headline: null, byline: null,
    published: null, publishedSpan: null, url: null, paragraphs: [{ start: 0, end: text.length }], excluded: [],
  };
}

function dateOf(id: string, art: string, file: string, [sentence, text, value]: DateSide): DateStatement {
  const start = sentence.indexOf(text);
  return { id, article: art, file, text, start, end: start + text.length, kind: "date", value, event: null };
}

describe("compareStatements: dates", () => {
  test.each(factCases)("%# %s", ([a, b], expected) => {
    const textOf = new Map([["a.txt", a[0]], ["b.txt", b[0]]]);
    const articles = [article("a", "a.txt", a[0]), article("b", "b.txt", b[0])];
    const statements = [dateOf("a:d1", "a", "a.txt", a), dateOf("b:d1", "b", "b.txt", b)];
    const dates = compareStatements(articles, statements, textOf).filter((c) => c.kind === "date");
    expect(dates.map((c) => c.verdict)).toEqual(expected ? [expected] : []);
  });
});

describe("compareStatements: quotes and sources", () => {
  const { articles, quotes, textOf } = makeQuoteCorpus([
    [["Han Dong", "Let me be clear, what has been reported is false."], ["Han Dong", "I will attend the meeting tomorrow."], [null, "two Michaels"]],
    [["Han Dong", "I will not attend the meeting tomorrow."], ["Han Dong", "Let me be clear. What has been reported is false!"], [null, "two Michaels"]],
  ]);
  const q = quotes.map((x) => (x.text === "two Michaels" ? { ...x, quoteKind: "term" as const } : x));
  const source = (id: string, art: string, name: string): SourceStatement => ({
    id, article: art, file: `${art}.txt`, text: "x", start: 0, end: 1, kind: "source", source: name, sourceKind: "outlet", via: null,
  });
  const statements: Statement[] = [...q, source("a0:s1", "a0", "Global News"), source("a1:s1", "a1", "the Global News")];
  const out = compareStatements(articles, statements, textOf);

  test("ids are c1, c2, … in order of first statement", () => {
    expect(out.map((c) => c.id)).toEqual(out.map((_, i) => `c${i + 1}`));
  });

  test("verdicts: same words agree; a flipped negation is a meaning change (differ with a meaning pair), not a contradiction of facts", () => {
    const quoteVerdicts = out.filter((c) => c.kind === "quote").map((c) => [c.statements, c.verdict, c.pairs.map((p) => p.relation)]);
    expect(quoteVerdicts).toEqual([
      [["a0:q0", "a1:q1"], "agree", ["verbatim"]],
      [["a0:q1", "a1:q0"], "differ", ["meaning"]],
    ]);
  });

  test("terms are not utterances", () => {
    expect(out.flatMap((c) => c.statements)).not.toContain("a0:q2");
  });

  test("sources group by normalised name", () => {
    const sources = out.filter((c) => c.kind === "source");
    expect(sources.map((c) => [c.articles, c.verdict])).toEqual([[["a0", "a1"], "agree"]]);
  });

  test("a quote only one article carries is single", () => {
    const { articles: arts, quotes: qs, textOf: t } = makeQuoteCorpus([[["A", "Only here, nowhere else at all."]], [["B", "Something unrelated entirely."]]]);
    expect(compareStatements(arts, qs, t).map((c) => c.verdict)).toEqual(["single", "single"]);
  });
});

describe("compareStatements: rarity is counted in the writers' words", () => {
  // In a two-article story every word both articles quote is in both; only the
  // writers' own use of a word ("allegations") makes it common.
  test("a short utterance both outlets quote still links: “I will fight this” / “I will not fight this”", () => {
    const { articles, quotes, textOf } = makeQuoteCorpus([[["Ana Roe", "I will fight this"]], [["Ana Roe", "I will not fight this"]]]);
    const groups = compareStatements(articles, quotes, textOf).filter((c) => c.kind === "quote" && c.articles.length === 2);
    expect(groups.map((c) => [c.verdict, c.pairs.map((p) => p.relation)])).toEqual([["differ", ["meaning"]]]);
  });
});
