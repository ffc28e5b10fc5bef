import { describe, expect, test } from "vitest";
import type { ClaimStatement } from "../../src/schema/index.js";
import { compareStatements } from "../../src/compare/index.js";
import { REPORTED_CASES } from "../../fixtures/compare/reported.cases.js";
import { makeQuoteCorpus } from "../helpers/make-quotes.js";

describe("compareStatements: reported speech across outlets", () => {
  test.each(REPORTED_CASES)("%j / %j → %s (%s)", (a, b, verdict) => {
    const { articles, quotes, textOf } = makeQuoteCorpus([[a], [b]]);
    const claims = quotes.map((q, i): ClaimStatement => ({
      id: `${q.article}:r${i}`, article: q.article, file: q.file, kind: "claim", text: q.text, start: q.start, end: q.end,
      speaker: q.speaker, cue: null, topic: null, value: null,
    }));
    const found = compareStatements(articles, claims, textOf).filter((c) => c.kind === "claim");
    expect(found.map((c) => c.verdict)).toEqual(verdict ? [verdict] : []);
    if (verdict) expect(found[0]?.statements).toEqual(claims.map((c) => c.id));
    if (verdict) expect(found[0]?.label).toBe(`what ${a[0] ?? ""} said (reported speech)`);
  });
});
