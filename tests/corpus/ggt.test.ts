import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { floors, HAVE_SHARED, scoreDir, SHARED, type Figures } from "./score.js";

// The Gender Gap Tracker's 98 annotated articles: written to a temp dir by the
// benchmark's own script (never copied into the repo), then scored, once, on
// first use, so a clone without ../shared collects nothing heavy.
const GGT = join(SHARED, "benchmarks", "ggt", "ggt-gold.mjs");
const haveGgt = HAVE_SHARED && existsSync(GGT);

let scored: { marked: Figures; all: Figures; withReported: Figures } | undefined;
function measured(): { marked: Figures; all: Figures; withReported: Figures } {
  if (scored) return scored;
  const dir = mkdtempSync(join(tmpdir(), "claims-ggt-"));
  execFileSync(process.execPath, [GGT, join(dir, "marks")], { stdio: "ignore" });
  execFileSync(process.execPath, [GGT, join(dir, "all"), "--all"], { stdio: "ignore" });
  scored = {
    marked: scoreDir(join(dir, "marks", "articles"), join(dir, "marks", "ggt.gold.json")).figures,
    all: scoreDir(join(dir, "all", "articles"), join(dir, "all", "ggt.gold.json"), "gold0.3").figures,
    withReported: scoreDir(join(dir, "all", "articles"), join(dir, "all", "ggt.gold.json"), "gold0.3", true).figures,
  };
  return scored;
}

describe.skipIf(!haveGgt)("GGT benchmark (../shared/benchmarks/ggt)", () => {
  test.each(Object.entries(floors("ggt-marks")))("quote-marked quotes: %s stays at or above %d", (name, floor) => {
    expect(measured().marked[name] ?? 0).toBeGreaterThanOrEqual(floor);
  });
  test.each(Object.entries(floors("ggt-all-gold0.3")))("all quotes, gold0.3: %s stays at or above %d", (name, floor) => {
    expect(measured().all[name] ?? 0).toBeGreaterThanOrEqual(floor);
  });
  test.each(Object.entries(floors("ggt-all-gold0.3-with-reported")))("all quotes, gold0.3, reported speech counted: %s stays at or above %d", (name, floor) => {
    expect(measured().withReported[name] ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
