import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/fake-io.js";

// Every `claims … | jq …` line in the README must run and print something:
// users copy them as they are.
const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
const examples = readme
  .split("\n")
  .map((l) => l.replace(/\s+#.*$/, "").trim())
  .filter((l) => /^claims .*\| jq /.test(l));
const haveJq = spawnSync("jq", ["--version"]).status === 0;

describe.skipIf(!haveJq)("README jq examples", () => {
  test("there are several", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });
  test.each(examples)("%s", (line) => {
    const cmd = line.replace(/^claims /, `node ${join(REPO_ROOT, "bin", "claims.js")} `);
    const r = spawnSync("bash", ["-o", "pipefail", "-c", cmd], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
  });
});
