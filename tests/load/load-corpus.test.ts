import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { loadCorpus } from "../../src/load/index.js";
import { ArticleSchema } from "../../src/schema/index.js";
import { ARTICLE_CASES } from "../../fixtures/load/articles.cases.js";

const lastLineOf = (text: string, end: number): string => text.slice(text.lastIndexOf("\n", end - 1) + 1, end).trim();

describe("loadCorpus on hand-written files", () => {
  test("a domain-only outlet takes the spelling another file writes", () => {
    const a = "Court upholds verdict\nBy Ana Pelt\nJune 12, 2025\nThe court upheld the verdict on Thursday.\nhttps://www.halverstonsentinel.example/x\n";
    const b = "Verdict stands\nBy Luis Vega\nJune 13, 2025\nThe Halverston Sentinel first reported the ruling.\nhttps://www.carricknews.example/y\n";
    const { articles } = loadCorpus([{ file: "a.txt", text: a }, { file: "b.txt", text: b }], {});
    expect(articles.map((x) => [x.id, x.outlet])).toEqual([["hs", "Halverston Sentinel"], ["carricknews", "Carricknews"]]);
  });

  test.each(ARTICLE_CASES)("case %#: %s", (text, expected) => {
    const { articles } = loadCorpus([{ file: "in/012_abc.txt", text }], {});
    const got = articles.map((a) => ({
      headline: a.headline?.text ?? null, byline: a.byline?.text ?? null, published: a.published,
      outlet: a.outlet, id: a.id, lastLine: lastLineOf(text, a.end),
    }));
    expect(got).toEqual(expected);
  });

  test("promo lines and captions stay inside the span but out of the paragraphs", () => {
    const text = ARTICLE_CASES[0]?.[0] ?? "";
    const ctv = loadCorpus([{ file: "t.txt", text }], {}).articles[1];
    const promo = ctv?.excluded.find((e) => e.reason === "promo");
    expect(promo && text.slice(promo.start, promo.end)).toBe("Regional Brief: Sign up for our weekly newsletter");
    expect(ctv?.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Councillors voted 7-2 in favour of the transit overhaul late Wednesday.",
      "The mayor called the vote historic and thanked residents for their patience.",
    ]);
  });

  test("the deck under a headline is content", () => {
    const text = ARTICLE_CASES[0]?.[0] ?? "";
    const first = loadCorpus([{ file: "t.txt", text }], {}).articles[0];
    const p0 = first?.paragraphs[0];
    expect(p0 && text.slice(p0.start, p0.end)).toBe("Critics say the plan ignores rural riders");
  });

  test("outlets.json names a file whose text does not, and ids stay unique", () => {
    const body = "A long enough body sentence that says what happened in town this week.";
    const sources = [{ file: "a/001_x.txt", text: body }, { file: "b/002_y.txt", text: body }];
    const { articles, diagnostics } = loadCorpus(sources, { "001_x.txt": "Daily Planet", "002_y.txt": "Daily Post" });
    expect(articles.map((a) => [a.id, a.outlet, a.outletEvidence])).toEqual([
      ["dp", "Daily Planet", "outlets-json"], ["dp2", "Daily Post", "outlets-json"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  test("a file with no outlet evidence gets an info diagnostic; a blank file a warning", () => {
    const { articles, diagnostics } = loadCorpus([
      { file: "001_x.txt", text: "Body text that is a sentence of the story and nothing more." },
      { file: "002_y.txt", text: "\n  \n" },
    ], {});
    expect(articles).toHaveLength(1);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["load/no-article", "warning"], ["load/outlet-from-file-name", "info"],
    ]);
  });
});

describe("loadCorpus properties", () => {
  const lineArb = fc.oneof(
    fc.constantFrom("", "Leave A Reply", "https://www.cbc.ca/x-1.2", "Published March 2, 2022", "Jane Roe", "0 12",
      "Council approves plan", "“We will go ahead,” she said.", "The council met on Tuesday to vote on the plan."),
    fc.string({ maxLength: 40 }),
  );
  test("spans lie in the file, in order, and slice to their text; ids are unique", () => {
    fc.assert(fc.property(fc.array(lineArb, { maxLength: 25 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
      const text = lines.join(eol);
      const { articles } = loadCorpus([{ file: "p.txt", text }], {});
      expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
      let previousEnd = 0;
      for (const a of articles) {
        expect(ArticleSchema.safeParse(a).success).toBe(true);
        expect(a.start).toBeGreaterThanOrEqual(previousEnd);
        expect(a.end).toBeLessThanOrEqual(text.length);
        previousEnd = a.end;
        for (const s of [...a.paragraphs, ...a.excluded]) {
          expect(s.start).toBeGreaterThanOrEqual(a.start);
          expect(s.end).toBeLessThanOrEqual(a.end);
        }
        for (const t of [a.headline, a.byline, a.publishedSpan]) if (t) expect(text.slice(t.start, t.end)).toBe(t.text);
      }
    }));
  });

  test("prepending k characters of blank lines shifts every offset by k", () => {
    fc.assert(fc.property(fc.array(lineArb, { maxLength: 15 }), fc.integer({ min: 1, max: 5 }), (lines, k) => {
      const text = lines.join("\n");
      const a = loadCorpus([{ file: "p.txt", text }], {}).articles;
      const b = loadCorpus([{ file: "p.txt", text: "\n".repeat(k) + text }], {}).articles;
      expect(b.map((x) => [x.start - k, x.end - k, x.paragraphs.length])).toEqual(a.map((x) => [x.start, x.end, x.paragraphs.length]));
    }));
  });
});
