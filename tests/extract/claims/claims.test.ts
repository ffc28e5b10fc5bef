import { describe, expect, test } from "vitest";
import { extractQuotes } from "../../../src/extract/quotes/index.js";
import { extractClaims } from "../../../src/extract/claims/index.js";
import { makeContext } from "../../helpers/make-article.js";
import { REPORTED_CASES } from "../../../fixtures/extract/claims/reported.cases.js";

describe("reported speech", () => {
  test.each(REPORTED_CASES)("%j → %j (%s)", (input, expected) => {
    const ctx = makeContext(input);
    const claims = extractClaims(ctx, extractQuotes(ctx).value).value;
    expect(claims.map((c) => [c.text, c.speaker])).toEqual(expected);
  });

  test("claims carry a cue, ids in order and no topic or value", () => {
    const ctx = makeContext("Ana Silva said she would run. Luis Vega said he would not.", null, "z");
    const claims = extractClaims(ctx, []).value;
    expect(claims.map((c) => c.id)).toEqual(["z:r1", "z:r2"]);
    expect(claims.map((c) => c.cue?.text)).toEqual(["said", "said"]);
    expect(claims.every((c) => c.topic === null && c.value === null && c.kind === "claim")).toBe(true);
  });
});
