import { describe, expect, test } from "vitest";
import { PARTICLE_VERBS, REPORTING_VERB_BASE, REPORTING_VERB_FORMS } from "../../../src/data/reporting-verbs.js";
import { GENDERED_HONORIFICS, PERSON_ROLE_NOUNS, TITLE_WORDS } from "../../../src/data/titles.js";
import { CAPITALISED_STOPWORDS, INSTITUTION_ACRONYMS, NON_PERSON_WORDS } from "../../../src/data/entity-words.js";
import { personNameOf } from "../../../src/extract/speakers/names.js";

const lowerSets: [string, ReadonlySet<string>][] = [
  ["reporting verbs", REPORTING_VERB_FORMS], ["titles", TITLE_WORDS], ["roles", PERSON_ROLE_NOUNS],
  ["non-person words", NON_PERSON_WORDS], ["stop words", CAPITALISED_STOPWORDS],
];

describe("lexicons", () => {
  test.each(lowerSets)("%s are lower-case single tokens", (_name, set) => {
    for (const w of set) expect(w).toMatch(/^[a-z'’-]+$/);
  });

  test("every verb form maps to a base that is itself a form", () => {
    for (const [form, base] of REPORTING_VERB_BASE) {
      expect(REPORTING_VERB_FORMS.has(form)).toBe(true);
      expect(REPORTING_VERB_FORMS.has(base)).toBe(true);
    }
    for (const base of PARTICLE_VERBS.keys()) expect(REPORTING_VERB_FORMS.has(base)).toBe(true);
  });

  test("gendered honorifics are titles", () => {
    for (const h of GENDERED_HONORIFICS.keys()) expect(TITLE_WORDS.has(h)).toBe(true);
  });

  test("acronyms are upper-case", () => {
    for (const a of INSTITUTION_ACRONYMS.keys()) expect(a).toMatch(/^[A-Z]+$/);
  });

  test.each([
    ["Liberal Congressman Luis Vega", "Luis Vega"],
    ["Mr. Vega", "Vega"],
    ["Harbour Authority", null],
    ["Vancouver's Ana Silva", "Ana Silva"],
    ["Ana Silva of Eastbank", "Ana Silva"],
    ["RCMP", null],
  ])("personNameOf(%j) = %j", (run, name) => {
    expect(personNameOf(run)).toBe(name);
  });
});
