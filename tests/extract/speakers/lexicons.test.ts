import { describe, expect, test } from "vitest";
import { PARTICLE_VERBS, REPORTING_VERB_BASE, REPORTING_VERB_FORMS } from "../../../src/data/reporting-verbs.js";
import { DOCUMENT_NOUNS, GENDERED_HONORIFICS, PERSON_ROLE_NOUNS, SPEAKER_NOUNS, TITLE_WORDS } from "../../../src/data/titles.js";
import { FIRST_NAME_GENDER } from "../../../src/data/first-names.js";
import { givenNameGender } from "../../../src/extract/speakers/gender.js";
import { CAPITALISED_STOPWORDS, INSTITUTION_ACRONYMS, NON_PERSON_WORDS } from "../../../src/data/entity-words.js";
import { personNameOf } from "../../../src/extract/speakers/names.js";

const lowerSets: [string, ReadonlySet<string>][] = [
  ["reporting verbs", REPORTING_VERB_FORMS], ["titles", TITLE_WORDS], ["roles", PERSON_ROLE_NOUNS],
  ["non-person words", NON_PERSON_WORDS], ["stop words", CAPITALISED_STOPWORDS],
  ["speaker nouns", SPEAKER_NOUNS], ["document nouns", DOCUMENT_NOUNS], ["given names", new Set(FIRST_NAME_GENDER.keys())],
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

  test("“scolded” reports speech (“…,” scolded Ana Lind.)", () => {
    expect(REPORTING_VERB_BASE.get("scolded")).toBe("scold");
  });

  test("gendered honorifics are titles", () => {
    for (const h of GENDERED_HONORIFICS.keys()) expect(TITLE_WORDS.has(h)).toBe(true);
  });

  test("acronyms are upper-case", () => {
    for (const a of INSTITUTION_ACRONYMS.keys()) expect(a).toMatch(/^[A-Z]+$/);
  });

  test("the given-name lexicon is broad and leaves out names used for both sexes", () => {
    expect(FIRST_NAME_GENDER.size).toBeGreaterThan(600);
    for (const both of ["jordan", "alex", "jean", "kim", "robin", "morgan", "taylor"]) expect(FIRST_NAME_GENDER.has(both)).toBe(false);
  });

  test.each([
    ["Maria Okafor", "f"],
    ["Luis Vega", "m"],
    ["Jordan Reyes", null],
    ["Vega", null],
  ])("givenNameGender(%j) = %j", (name, g) => {
    expect(givenNameGender(name)).toBe(g);
  });

  test.each([
    ["Liberal Congressman Luis Vega", "Luis Vega"],
    ["Ms. May", "May"],
    ["Theresa May", "Theresa May"],
    ["Harbour Images Ana Silva", "Ana Silva"],
    ["J.P. HOLM", null],
    ["EB Hydro", null],
    ["Finally Ana Silva", "Ana Silva"],
    ["Organizer Luis Vega", "Luis Vega"],
    ["Mr. Vega", "Vega"],
    ["Harbour Authority", null],
    ["Vancouver's Ana Silva", "Ana Silva"],
    ["Ana Silva of Eastbank", "Ana Silva"],
    ["RCMP", null],
  ])("personNameOf(%j) = %j", (run, name) => {
    expect(personNameOf(run)).toBe(name);
  });
});
