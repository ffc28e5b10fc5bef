import { describe, expect, test } from "vitest";
import type { Article, ClaimStatement } from "../../src/schema/index.js";
import { groupValuedClaims, isValuedTopic, readTopic } from "../../src/compare/valued-claims.js";
import { compareStatements } from "../../src/compare/index.js";
import { decideVerdict } from "../../src/compare/verdict.js";
import { valuedClaimCases, type ValuedSide } from "../../fixtures/compare/valued-claims.cases.js";

function claimOf([article, topic, value]: ValuedSide, i: number): ClaimStatement {
  return { id: `${article}:f${i + 1}`, article, file: `${article}.txt`, kind: "claim", text: "x", start: 0, end: 1, speaker: null, cue: null, topic, value };
}

describe("groupValuedClaims", () => {
  test.each(valuedClaimCases)("%# %s", (sides, expected) => {
    const groups = groupValuedClaims(sides.map(claimOf));
    const verdicts = groups.map((g) => decideVerdict(new Set(g.members.map((m) => m.article)).size, g.pairs, true));
    expect(verdicts).toEqual(expected);
  });

  test("a contradiction says which values clash", () => {
    const [g] = groupValuedClaims([claimOf(["a", "left:unity", "party"], 0), claimOf(["b", "left:unity", "caucus"], 1)]);
    expect(g?.pairs).toEqual([{ a: "a:f1", b: "b:f2", relation: "meaning", diff: [], reason: "values cannot both hold: party / caucus" }]);
  });

  test("1,000 articles on one topic give about one pair each, not all pairs", () => {
    const claims = Array.from({ length: 1000 }, (_, i) => claimOf([`a${String(i)}`, "left:unity", i % 2 ? "party" : "caucus"], i));
    const [g] = groupValuedClaims(claims);
    expect(g?.members).toHaveLength(1000);
    expect(g?.pairs.length).toBeLessThan(2100);
  });

  test.each([
    [new Map([["a", 0], ["b", 0]]), ["contradict"], "one story: 150 / 240 jobs cut cannot both hold"],
    [new Map([["a", 0], ["b", 1]]), [], "two stories: “stopped 22 shots” / “stopped 29 shots” are two games"],
  ])("a count keyed on a verb is compared within its story (%#)", (storyOf, expected) => {
    const claims = [claimOf(["a", "count:job|cut", "150"], 0), claimOf(["b", "count:job|cut", "240"], 1)];
    const verdicts = groupValuedClaims(claims, storyOf).map((g) => decideVerdict(2, g.pairs, true));
    expect(verdicts).toEqual(expected);
  });

  test("a count of a noun phrase is compared within its story too: “three Green Party members” / “about 100 party members” in two stories", () => {
    const claims = [claimOf(["a", "count:party member", "3"], 0), claimOf(["b", "count:party member", "~100"], 1)];
    expect(groupValuedClaims(claims, new Map([["a", 0], ["b", 1]])).map((g) => decideVerdict(2, g.pairs, true))).toEqual([]);
    expect(groupValuedClaims(claims, new Map([["a", 0], ["b", 0]])).map((g) => decideVerdict(2, g.pairs, true))).toEqual(["contradict"]);
  });

  test("topics: families and parts", () => {
    expect(isValuedTopic("left:unity")).toBe(true);
    expect(isValuedTopic("elected")).toBe(false);
    expect(isValuedTopic(null)).toBe(false);
    expect(readTopic("order:released|Lena Voss|release@Sol Ferro")).toEqual({
      block: "order:releas|releas", anchor: new Set(["lena", "voss"]), subject: new Set(["sol", "ferro"]),
    });
  });
});

describe("compareStatements: valued claims", () => {
  const article = (id: string): Article => ({
    id, outlet: id, outletEvidence: "file-name", file: `${id}.txt`, start: 0, end: 1, headline: null, byline: null,
    published: null, publishedSpan: null, url: null, paragraphs: [], excluded: [],
  });
  test("membership values that clash make one contradict comparison of kind claim", () => {
    const claims = [claimOf(["a", "left:unity", "party"], 0), claimOf(["b", "left:unity", "caucus"], 1)];
    const out = compareStatements([article("a"), article("b")], claims, new Map([["a.txt", "x"], ["b.txt", "x"]]));
    expect(out.map((c) => [c.kind, c.verdict, c.statements])).toEqual([["claim", "contradict", ["a:f1", "b:f2"]]]);
  });
});
