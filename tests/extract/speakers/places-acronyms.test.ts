import { describe, expect, test } from "vitest";
import { NATIONALITY_ADJECTIVES, PLACE_NAMES } from "../../../src/data/places.js";
import { definedAcronyms } from "../../../src/extract/speakers/acronyms.js";
import { findCaptions } from "../../../src/extract/speakers/captions.js";

const span = (text: string): { start: number; end: number }[] => [{ start: 0, end: text.length }];

describe("places and acronyms", () => {
  test.each([["places", PLACE_NAMES], ["nationalities", NATIONALITY_ADJECTIVES]])("%s are lower-case", (_name, set) => {
    for (const w of set) expect(w).toMatch(/^[a-z]+(?: [a-z]+)*$/);
  });

  test.each<[string, string, string | undefined, string]>([
    ["Harbour Water and Power (HWP) said it would act.", "HWP", "Harbour Water and Power", "initials skip a lower-case connector"],
    ["Ministry of Ports, Roads and Transit (MPRT) staff left.", "MPRT", "Ministry of Ports, Roads and Transit", "commas inside the name"],
    ["He sent a letter to the board (PDF) on Monday.", "PDF", undefined, "words that do not spell it define nothing"],
  ])("%j defines %s → %s (%s)", (text, acronym, full) => {
    expect(definedAcronyms(text, span(text)).get(acronym)).toBe(full);
  });

  test.each<[string, number, string]>([
    ["Luis Vega waves. ( Ana Okafor / Harbour Record )", 1, "a bracketed credit with a slash"],
    ["Luis Vega waves. (EASTBANK PRESS FILE PHOTO)", 1, "a bracketed credit in capitals"],
    ["Ana Okafor / The Harbour Press Luis Vega waves.", 1, "a credit opening the caption"],
    ["Luis Vega said the road (Route 9) is closed.", 0, "brackets without a credit"],
  ])("%j has %i credit (%s)", (text, n) => {
    expect(findCaptions(text, span(text)).credits).toHaveLength(n);
  });
});
