import { describe, expect, test } from "vitest";
import { findOutlet, outletFromUrl, spelledInText } from "../../src/load/outlet.js";
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

describe("spelledInText: an unknown domain spelled as the article writes it", () => {
  test.each<[string, string, string | null, string]>([
    ["Valleypost", "Pelt resigns\nValley Post staff\nMarch 7, 2024", "Valley Post", "byline with a role word after the name"],
    ["Harbourtimes", "Copyright The Harbour Times Ltd.", "Harbour Times", "from a copyright line; the domain has no The, nor the name"],
    ["Valleypost", "Pelt resigns as mayor of the valley.", null, "the text never writes the name"],
    ["Cnet", "CNET reported on Monday.", null, "one word is no better spelling than the guess"],
    ["Wkrd7", "Her lawyer told WKRD 7 News she accepts it.", "WKRD 7 News", "a number in the name, and the outlet word after it"],
  ])("%s in %j → %s (%s)", (guess, body, expected) => {
    expect(spelledInText(guess, body)).toBe(expected);
  });
  test("findOutlet uses it for an unknown domain only", () => {
    const body = "Valley Post staff\nThe council met.";
    expect(findOutlet({ url: "https://www.valleypost.example/x", bylineHint: null, copyright: null, file: "a.txt", body }, {}).outlet).toBe("Valley Post");
    expect(findOutlet({ url: "https://www.cbc.ca/x", bylineHint: null, copyright: null, file: "a.txt", body: "Cbc Ne Ws" }, {}).outlet).toBe("CBC News");
  });
});

describe("findOutlet: a byline's unknown domain keeps its own capitals", () => {
  test.each<[string, string, string]>([
    ["MetroNews.ca writer", "MetroNews", "camel-cased label as written"],
    ["CTVNews.ca writer", "CTV News", "a known domain gives the lexicon's name"],
    ["valleypost.com staff", "Valleypost", "a lower-case label can only be title-cased"],
  ])("%s → %s (%s)", (hint, expected) => {
    expect(findOutlet({ url: null, bylineHint: hint, copyright: null, file: "a.txt" }, {}).outlet).toBe(expected);
  });
});
