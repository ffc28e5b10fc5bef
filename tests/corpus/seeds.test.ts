import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { floors, HAVE_SHARED, scoreDir, SHARED, type Figures } from "./score.js";
import { REPO_ROOT } from "../helpers/fake-io.js";

// The ratchet: score.mjs on the seeds must not fall below the recorded floors.
// Scored once, on first use, so a clone without ../shared collects nothing heavy.
let figures: Figures | undefined;
const measured = (): Figures => (figures ??= scoreDir(join(REPO_ROOT, "seeds"), join(SHARED, "eval", "seeds.gold.json")).figures);

describe.skipIf(!HAVE_SHARED)("seeds against shared/eval/seeds.gold.json", () => {
  test.each(Object.entries(floors("seeds")))("%s stays at or above %d", (name, floor) => {
    expect(measured()[name] ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
