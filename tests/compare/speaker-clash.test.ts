import { describe, expect, test } from "vitest";
import { speakersClash } from "../../src/compare/speaker-clash.js";
import { compareStatements } from "../../src/compare/index.js";
import type { Article, Quote } from "../../src/schema/index.js";

const CASES: [string | null, string | null, boolean, string][] = [
  ["Ana Roe", "Ben Poe", true, "two different people"],
  ["Ana Roe", "Roe", false, "a surname is a short form"],
  ["Ana Roe", "ana roe", false, "case differs only"],
  ["Ana Roe", null, false, "an unresolved speaker clashes with nobody"],
  ["Prime Minister's Office", "the Prime Minister’s Office", false, "article and apostrophe style"],
  ["City Council", "Ana Roe", true, "an organisation and a person"],
  ["a ministry spokesperson", "Ana Roe", false, "a description: the spokesperson may be Ana Roe"],
  ["Ben Poe", "the spokesperson", false, "a description with “the”"],
  ["the City Council", "Ana Roe", true, "“the” before a name keeps it a name"],
];

describe("speakersClash", () => {
  test.each(CASES)("%s / %s → %s (%s)", (a, b, expected) => {
    expect(speakersClash(a, b)).toBe(expected);
  });
});

describe("the same words given to different speakers", () => {
  const text = "“We will not back down from this fight today,” said Mayor Ana Roe.";
  const other = "“We will not back down from this fight today,” said Councillor Ben Poe.";
  const article = (id: string, file: string, t: string): Article => ({
    id, outlet: id, outletEvidence: "file-name", file, start: 0, end: t.length, headline: null, byline: null,
    published: null, publishedSpan: null, url: null, paragraphs: [{ start: 0, end: t.length }], excluded: [],
  });
  const quote = (id: string, article: string, file: string, speaker: string): Quote => ({
    id, article, file, kind: "quote", quoteKind: "speech", text: "We will not back down from this fight today,",
    start: 1, end: 45, speaker, speakerMention: null, cue: null,
  });
  test("is a meaning pair, and the group a meaning change (not a contradiction of facts)", () => {
    const comparisons = compareStatements(
      [article("a", "a.txt", text), article("b", "b.txt", other)],
      [quote("a:q1", "a", "a.txt", "Ana Roe"), quote("b:q1", "b", "b.txt", "Ben Poe")],
      new Map([["a.txt", text], ["b.txt", other]]),
    );
    const group = comparisons.find((c) => c.kind === "quote" && c.articles.length === 2);
    expect(group?.verdict).toBe("differ");
    expect(group?.pairs[0]?.relation).toBe("meaning");
    expect(group?.pairs[0]?.reason).toContain("different speakers");
  });
});
