import { describe, expect, test } from "vitest";
import { findOutlet, outletFromUrl } from "../../src/load/outlet.js";
import { makeArticleKey, uniqueKeys } from "../../src/load/article-id.js";
import { KEY_CASES, URL_CASES } from "../../fixtures/load/outlets.cases.js";
import { OUTLET_DOMAINS } from "../../src/data/outlets.js";

describe("outletFromUrl", () => {
  test.each(URL_CASES)("%s → %s (%s)", (url, expected) => {
    expect(outletFromUrl(url)).toBe(expected);
  });
});

describe("makeArticleKey", () => {
  test.each(KEY_CASES)("%s → %s (%s)", (outlet, expected) => {
    expect(makeArticleKey(outlet, "url", "x.txt")).toBe(expected);
  });
  test("file-name evidence keys on the stem's first part", () => {
    expect(makeArticleKey("001_35d4", "file-name", "seeds/001_35d4.txt")).toBe("f001");
    expect(makeArticleKey("guardian", "file-name", "in/guardian.txt")).toBe("guardian");
  });
  test("clashes get 2, 3, … in order", () => {
    expect(uniqueKeys(["cbc", "np", "cbc", "cbc"])).toEqual(["cbc", "np", "cbc2", "cbc3"]);
    expect(uniqueKeys(["f012", "f012"])).toEqual(["f012", "f012-2"]);
  });
});

describe("findOutlet", () => {
  const none = { url: null, bylineHint: null, copyright: null, file: "in/007_x.txt" };
  test("evidence order: url, byline, copyright, outlets.json, file name", () => {
    const all = { url: "https://nationalpost.com/a", bylineHint: "Metro News", copyright: "Daily Planet", file: "in/007_x.txt" };
    const map = { "007_x.txt": "The Weekly" };
    expect(findOutlet(all, map)).toEqual({ outlet: "National Post", evidence: "url" });
    expect(findOutlet({ ...all, url: null }, map)).toEqual({ outlet: "Metro News", evidence: "byline" });
    expect(findOutlet({ ...none, copyright: "Daily Planet" }, map)).toEqual({ outlet: "Daily Planet", evidence: "copyright" });
    expect(findOutlet(none, map)).toEqual({ outlet: "The Weekly", evidence: "outlets-json" });
    expect(findOutlet(none, {})).toEqual({ outlet: "007_x", evidence: "file-name" });
  });
  test("an unknown domain yields to the spelling the text gives", () => {
    const url = "https://www.harbourtimes.example/news/a-1";
    expect(findOutlet({ ...none, url, bylineHint: "Harbour Times" }, {})).toEqual({ outlet: "Harbour Times", evidence: "byline" });
    expect(findOutlet({ ...none, url, copyright: "Harbour Times" }, {})).toEqual({ outlet: "Harbour Times", evidence: "copyright" });
    expect(findOutlet({ ...none, url }, {})).toEqual({ outlet: "Harbourtimes", evidence: "url" });
  });
  test("a role hint with a domain names the outlet", () => {
    expect(findOutlet({ ...none, bylineHint: "CTVNews.ca" }, {}).outlet).toBe("CTV News");
  });
});

describe("OUTLET_DOMAINS lexicon", () => {
  test("keys are bare lowercase domains and names are non-empty", () => {
    for (const [domain, name] of Object.entries(OUTLET_DOMAINS)) {
      expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(domain.startsWith("www.")).toBe(false);
      expect(name.trim()).not.toBe("");
    }
    expect(Object.keys(OUTLET_DOMAINS).length).toBeGreaterThanOrEqual(60);
  });
});
