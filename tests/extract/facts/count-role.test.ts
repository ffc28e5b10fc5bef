import { describe, expect, test } from "vitest";
import { extractFacts } from "../../../src/extract/facts/index.js";
import { findRoleFacts } from "../../../src/extract/facts/role.js";
import { singularOf } from "../../../src/extract/facts/count.js";
import { collectPeople } from "../../../src/extract/speakers/people.js";
import { makeContext } from "../../helpers/make-article.js";
import { countCases } from "../../../fixtures/extract/facts/count.cases.js";
import { roleCases } from "../../../fixtures/extract/facts/role.cases.js";
import { ageCases } from "../../../fixtures/extract/facts/age.cases.js";
import { termCases } from "../../../fixtures/extract/facts/term.cases.js";
import { percentCases } from "../../../fixtures/extract/facts/percent.cases.js";
import { amountCases } from "../../../fixtures/extract/facts/amounts.cases.js";

/** Facts of one family that the whole extractor gives, as "topic = value", spans checked. */
function factsOf(text: string, family: string): string[] {
  const facts = extractFacts(makeContext(text), []).value;
  for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  return facts.filter((f) => f.topic?.startsWith(`${family}:`)).map((f) => `${f.topic ?? ""} = ${f.value ?? ""}`);
}

describe("count facts", () => {
  test.each(countCases)("%j", (text, expected) => {
    expect(factsOf(text, "count")).toEqual(expected);
  });

  test("a number inside quotation marks is the speaker's, not the outlet's", () => {
    const text = "“Two security sources lied,” said Ana Pelt.";
    const q = [{ id: "t:q1", article: "t", file: "t.txt", kind: "quote" as const, quoteKind: "speech" as const, text: text.slice(1, 26), start: 1, end: 26, speaker: null, speakerMention: null, cue: null }];
    expect(extractFacts(makeContext(text), q).value).toEqual([]);
  });

  test.each([
    ["sources", "source"], ["parties", "party"], ["churches", "church"], ["people", "person"], ["mps", "mp"],
    ["news", null], ["business", null], ["famous", null], ["crisis", null],
  ])("singularOf(%s) → %s", (plural, singular) => {
    expect(singularOf(plural)).toBe(singular);
  });
});

describe("age facts", () => {
  test.each(ageCases)("%j", (text, expected) => {
    expect(factsOf(text, "age")).toEqual(expected);
  });
});

describe("percentage facts", () => {
  test.each(percentCases)("%j", (text, expected) => {
    expect(factsOf(text, "pct")).toEqual(expected);
  });
});

describe("tally, money and measure facts", () => {
  test.each(amountCases)("%j", (text, expected) => {
    expect([...factsOf(text, "tally"), ...factsOf(text, "money"), ...factsOf(text, "measure")]).toEqual(expected);
  });
});

describe("term facts", () => {
  test.each(termCases)("%j", (text, expected) => {
    expect(factsOf(text, "term")).toEqual(expected);
  });
});

describe("role facts", () => {
  test.each(roleCases)("%j", (text, expected) => {
    expect(factsOf(text, "role")).toEqual(expected);
  });

  test("the finder reads the people it is given", () => {
    const text = "Unity leader Ana Pelt spoke.";
    const people = collectPeople(text, [{ start: 0, end: text.length }], []);
    expect(findRoleFacts(text, people)).toEqual([{ start: 0, end: 21, topic: "role:ana pelt", value: "Unity leader" }]);
  });
});
