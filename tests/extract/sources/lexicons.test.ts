import { describe, expect, test } from "vitest";
import { NAMES_NEEDING_ARTICLE, NEWS_OUTLET_NAMES, OUTLET_NOUNS, OUTLET_SUFFIXES } from "../../../src/data/news-outlets.js";
import {
  ANONYMITY_MARKERS, ANONYMITY_PHRASES, ANONYMOUS_ROLE_NOUNS, COUNTING_QUANTIFIERS, NON_INFORMANT_MODIFIERS, SOURCE_QUANTIFIERS,
} from "../../../src/data/anonymity.js";
import { DOCUMENT_NAME_SKIPS, DOCUMENT_NOUNS, DOCUMENT_VERBS } from "../../../src/data/document-nouns.js";
import { MORE_OUTLET_SUFFIXES } from "../../../src/data/outlet-suffixes.js";
import { GROUP_NOUNS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS, SPOKESPERSON_NOUNS } from "../../../src/data/source-nouns.js";
import { IRREGULAR_PAST, NOT_EVENT_VERBS } from "../../../src/data/event-verbs.js";

describe("source and date lexicons", () => {
  test("outlet names are trimmed, without a leading 'The', unique and longest first", () => {
    expect(NEWS_OUTLET_NAMES.length).toBeGreaterThan(150);
    for (const n of NEWS_OUTLET_NAMES) {
      expect(n).toBe(n.trim());
      expect(n.startsWith("The ")).toBe(false);
    }
    expect(new Set(NEWS_OUTLET_NAMES).size).toBe(NEWS_OUTLET_NAMES.length);
    const lengths = NEWS_OUTLET_NAMES.map((n) => n.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  test("names that need 'the' and suffixes are capitalised words", () => {
    for (const n of [...NAMES_NEEDING_ARTICLE, ...OUTLET_SUFFIXES, ...ORGANIZATION_HEADS, ...MORE_OUTLET_SUFFIXES]) expect(n).toMatch(/^[A-Z]/);
    expect(MORE_OUTLET_SUFFIXES.filter((n) => OUTLET_SUFFIXES.has(n))).toEqual([]);
  });

  test("lower-case vocabularies are lower-case", () => {
    const lower = [...OUTLET_NOUNS, ...ANONYMITY_MARKERS, ...ANONYMITY_PHRASES, ...NON_INFORMANT_MODIFIERS,
      ...SOURCE_QUANTIFIERS, ...GROUP_NOUNS, ...ORGANIZATION_NOUNS, ...SPOKESPERSON_NOUNS, ...NOT_EVENT_VERBS,
      ...ANONYMOUS_ROLE_NOUNS, ...COUNTING_QUANTIFIERS, ...DOCUMENT_NOUNS, ...DOCUMENT_VERBS, ...DOCUMENT_NAME_SKIPS];
    for (const w of lower) expect(w).toBe(w.toLowerCase());
  });

  test("document and role vocabularies hold no duplicates", () => {
    for (const list of [DOCUMENT_NOUNS, DOCUMENT_VERBS, ANONYMOUS_ROLE_NOUNS]) expect(new Set(list).size).toBe(list.length);
    // Handling verbs cite no finding: "The audit, tabled Monday, reviewed hospital records".
    expect(DOCUMENT_VERBS).not.toContain("reviewed");
  });

  test("irregular past forms map to lower-case base forms", () => {
    for (const [form, base] of IRREGULAR_PAST) expect([form, base]).toEqual([form.toLowerCase(), base.toLowerCase()]);
    expect(IRREGULAR_PAST.get("spoken")).toBe("speak");
  });
});
