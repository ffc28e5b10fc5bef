import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, runCli } from "../helpers/fake-io.js";

// Golden CLI cases: fixtures/cli/<case>/args.txt run in that folder; stdout must
// equal expected.txt and the exit code expected-exit.txt (0 when absent).
// UPDATE_GOLDEN=1 npm test rewrites them: review the diff before committing.
const ROOT = join(REPO_ROOT, "fixtures", "cli");
const cases = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, "args.txt")));

describe("golden CLI cases", () => {
  test.each(cases)("%s", async (name) => {
    const dir = join(ROOT, name);
    const args = readFileSync(join(dir, "args.txt"), "utf8").trim().split(/\s+/);
    const r = await runCli(args, { cwd: dir });
    const expectedPath = join(dir, "expected.txt");
    const exitPath = join(dir, "expected-exit.txt");
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(expectedPath, r.stdout);
      writeFileSync(exitPath, `${r.code}\n`);
    }
    expect(existsSync(expectedPath), `${name}: no expected.txt; run UPDATE_GOLDEN=1 npx vitest run tests/cli/golden.test.ts`).toBe(true);
    expect(r.stdout).toBe(readFileSync(expectedPath, "utf8"));
    expect(r.code).toBe(Number(readFileSync(exitPath, "utf8").trim()));
  });
});
