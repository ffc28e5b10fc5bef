import { describe, expect, test } from "vitest";
import { findNameRuns } from "../../../src/extract/speakers/names.js";
import { LISTED_BODY_CASES } from "../../../fixtures/extract/speakers/listed-bodies.cases.js";

describe("listed bodies", () => {
  test.each(LISTED_BODY_CASES)("%j → %j (%s)", (input, expected) => {
    const at = input.indexOf(expected.split(" ")[0] ?? "");
    const run = findNameRuns(input, 0, input.length).find((r) => r.start <= at && at < r.end);
    expect(run?.text.replace(/^The\s+/, "")).toBe(expected);
  });
});
