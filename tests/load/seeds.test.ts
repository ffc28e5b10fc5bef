import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCorpus } from "../../src/load/index.js";

const SEEDS = join(import.meta.dirname, "../../seeds");
const sources = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(SEEDS, f), "utf8") }));

describe("the seed corpus", () => {
  const { articles } = loadCorpus(sources, {});
  test("gives 7 articles with the expected ids, outlets and dates", () => {
    expect(articles.map((a) => [a.id, a.outlet, a.outletEvidence, a.published?.slice(0, 10) ?? null])).toEqual([
      ["ci", "Conservative Institute", "copyright", "2023-03-24"],
      ["f001", "001_35d4e9eb7641ca1a", "file-name", null],
      ["cbc", "CBC News", "url", "2023-03-22"],
      ["ctv", "CTV News", "url", "2023-03-22"],
      ["np", "National Post", "url", "2023-03-22"],
      ["f003", "003_3cc73cdcb67163c6", "file-name", null],
      ["f004", "004_fb5cfc7ecc80527b", "file-name", null],
    ]);
  });

  // The gold sits in ../shared beside the repo; a bare clone skips this check.
  test.skipIf(!existsSync(join(SEEDS, "../../shared/eval/seeds.gold.json")))("article spans match the gold annotations", () => {
    const gold = JSON.parse(readFileSync(join(SEEDS, "../../shared/eval/seeds.gold.json"), "utf8")) as {
      articles: { file: string; start: number; end: number; headline: string | null; byline: string | null }[];
    };
    expect(articles.map((a) => [a.start, a.end, a.headline?.text ?? null, a.byline?.text ?? null]))
      .toEqual(gold.articles.map((g) => [g.start, g.end, g.headline, g.byline]));
  });

  test("CTV's published time is the Published line, not the Updated one", () => {
    expect(articles.find((a) => a.id === "ctv")?.published).toBe("2023-03-22T22:18-04:00");
  });
});
