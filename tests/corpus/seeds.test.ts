import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { floors, HAVE_SHARED, scoreDir, SHARED } from "./score.js";
import { REPO_ROOT } from "../helpers/fake-io.js";

// The ratchet: score.mjs on the seeds must not fall below the recorded floors.
describe.skipIf(!HAVE_SHARED)("seeds against shared/eval/seeds.gold.json", () => {
  const { figures } = scoreDir(join(REPO_ROOT, "seeds"), join(SHARED, "eval", "seeds.gold.json"));
  test.each(Object.entries(floors("seeds")))("%s stays at or above %d", (name, floor) => {
    expect(figures[name] ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
