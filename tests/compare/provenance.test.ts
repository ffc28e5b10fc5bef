import { describe, expect, test } from "vitest";
import type { Article, Comparison, SourceStatement, Statement } from "../../src/schema/index.js";
import { ProvenanceNodeSchema, CoverageSchema } from "../../src/schema/index.js";
import { buildProvenance } from "../../src/compare/provenance.js";
import { groupSources, isGenericSource } from "../../src/compare/sources.js";
import { measureCoverage } from "../../src/compare/coverage.js";
import { provenanceCases, type SourceRow } from "../../fixtures/compare/provenance.cases.js";
import { genericProvenanceCases } from "../../fixtures/compare/provenance-generic.cases.js";

const article = (id: string): Article => ({
  id, outlet: id, outletEvidence: "file-name", file: `${id}.txt`, start: 0, end: 1, headline: null, byline: null,
  published: null, publishedSpan: null, url: null, paragraphs: [], excluded: [],
});

function sourceOf([art, source, sourceKind, via]: SourceRow, i: number): SourceStatement {
  return { id: `${art}:s${String(i + 1)}`, article: art, file: `${art}.txt`, text: source, start: i, end: i + 1, kind: "source", source, sourceKind, via };
}

describe("buildProvenance", () => {
  test.each([...provenanceCases, ...genericProvenanceCases])("%# %j", (rows, expected) => {
    const articles = [...new Set(rows.map((r) => r[0]))].map(article);
    const nodes = buildProvenance(articles, rows.map(sourceOf));
    for (const n of nodes) expect(ProvenanceNodeSchema.safeParse(n).success).toBe(true);
    const shown = nodes.map((n) => `${n.role} ${n.source} → ${n.passesOn.join(", ") || "—"} | ${n.relays.map((r) => r.article + (r.via ? `<${r.via}` : "")).join(" ")}`);
    expect(shown).toEqual(expected);
  });

  test("relays list the article's statements in text order", () => {
    const rows: SourceRow[] = [["a", "Harbour Times", "outlet", null], ["a", "Harbour Times", "outlet", null]];
    const [node] = buildProvenance([article("a")], rows.map(sourceOf));
    expect(node?.relays).toEqual([{ article: "a", via: null, statements: ["a:s1", "a:s2"] }]);
  });
});

describe("measureCoverage", () => {
  const q = (id: string, art: string): Statement => ({
    id, article: art, file: `${art}.txt`, kind: "quote", quoteKind: "speech", text: "x", start: 0, end: 1, speaker: null, speakerMention: null, cue: null,
  });
  const comparison = (id: string, statements: string[], verdict: Comparison["verdict"]): Comparison => ({
    id, kind: "quote", verdict, label: "", speaker: null, statements, articles: [...new Set(statements.map((s) => s.split(":")[0] ?? ""))], pairs: [],
  });
  test("shared, contradicted, exclusive and unmatched per article", () => {
    const statements = [q("a:q1", "a"), q("a:q2", "a"), q("a:q3", "a"), q("b:q1", "b"), q("b:q2", "b")];
    const comparisons = [comparison("c1", ["a:q1", "b:q1"], "agree"), comparison("c2", ["a:q2", "b:q2"], "contradict"), comparison("c3", ["a:q3"], "single")];
    const cov = measureCoverage([article("a"), article("b")], statements, comparisons);
    expect(CoverageSchema.safeParse(cov).success).toBe(true);
    expect(cov.articles).toEqual([
      { article: "a", shared: 2, contradicted: 1, exclusive: ["c3"], unmatched: 1 },
      { article: "b", shared: 2, contradicted: 1, exclusive: [], unmatched: 0 },
    ]);
  });
});

describe("groupSources", () => {
  test("named sources group across articles; generic descriptions stay per article", () => {
    const rows: SourceRow[] = [
      ["a", "company", "organization", null], ["b", "company", "organization", null],
      ["a", "Port Authority", "organization", null], ["b", "the Port Authority", "organization", null],
      ["a", "senior officials", "anonymous", null], ["b", "senior officials", "anonymous", null],
    ];
    const groups = groupSources(rows.map(sourceOf)).map((g) => g.map((s) => s.id).join(" "));
    expect(groups).toEqual(["a:s1", "b:s2", "a:s3 b:s4", "a:s5 b:s6"]);
  });

  test.each([
    ["company", true], ["memo", true], ["senior officials", false], ["Acme Mining Inc.", false], ["CSIS", false],
  ])("isGenericSource(%s) is %s", (name, expected) => {
    expect(isGenericSource(name)).toBe(expected);
  });
});
