import { describe, expect, test } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { floors, HAVE_SHARED, scoreDir, type Figures } from "./score.js";
import { REPO_ROOT } from "../helpers/fake-io.js";

// Invented stories, each with a gold read by someone who had not seen the
// code (fixtures/stories/<name>/gold.json, GOLD.md's format): the check that
// claims works beyond the seeds. Each was scored once blind, before any rule
// was written against it (the figures are in the commit that added it);
// since then it is development data too. Floors in floors.json under
// "story:<name>" only go up.
const STORIES = join(REPO_ROOT, "fixtures", "stories");
const names = readdirSync(STORIES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const scored = new Map<string, Figures>();
function measured(name: string): Figures {
  const cached = scored.get(name);
  if (cached) return cached;
  const figures = scoreDir(join(STORIES, name, "articles"), join(STORIES, name, "gold.json")).figures;
  scored.set(name, figures);
  return figures;
}

describe.skipIf(!HAVE_SHARED)("invented stories scored with shared/eval/score.mjs", () => {
  test("every story has floors", () => {
    expect(names.filter((n) => Object.keys(floors(`story:${n}`)).length === 0)).toEqual([]);
  });
  const rows = names.flatMap((n) => Object.entries(floors(`story:${n}`)).map(([figure, floor]) => [n, figure, floor] as const));
  test.each(rows)("%s: %s stays at or above %d", (name, figure, floor) => {
    expect(measured(name)[figure] ?? 0).toBeGreaterThanOrEqual(floor);
  });
});

