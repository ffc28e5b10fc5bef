import { describe, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/fake-io.js";

const BIN = join(REPO_ROOT, "bin", "claims.js");
const run = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, input, encoding: "utf8", env: { ...process.env, ...env } });

// These run the built CLI (npm test builds first), as a user's shell would.
describe("bin/claims.js", () => {
  test("piped into a reader that stops early: no EPIPE stack", () => {
    const r = spawnSync("bash", ["-c", `node ${BIN} compare --json | head -c 100 >/dev/null`], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });

  test("NO_COLOR and a pipe give no escape codes", () => {
    const r = run(["compare"], undefined, { NO_COLOR: "1", FORCE_COLOR: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("\u001b[");
  });

  test("FORCE_COLOR colours a pipe; --no-color wins over it", () => {
    expect(run(["compare"], undefined, { FORCE_COLOR: "1", NO_COLOR: "" }).stdout).toContain("\u001b[");
    expect(run(["compare", "--no-color"], undefined, { FORCE_COLOR: "1", NO_COLOR: "" }).stdout).not.toContain("\u001b[");
  });

  test("--fail-on contradict: exit 1 on the seeds (they contradict each other), 0 when only agreements are shown", () => {
    expect(run(["compare", "--fail-on", "contradict"]).status).toBe(1);
    expect(run(["compare", "--fail-on", "contradict", "--only", "agreements"]).status).toBe(0);
  });

  test("usage error: empty stdout, exit 2", () => {
    const r = run(["compare", "--no-such-flag"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
  });

  test("- reads stdin", () => {
    const r = run(["compare", "--json", "-"], "A headline\n\n“It is done,” said Ann Lee, the mayor.\n");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { articles: unknown[]; statements: { text: string }[] };
    expect(doc.articles).toHaveLength(1);
    expect(doc.statements.map((s) => s.text)).toContain("It is done,");
  });

  test("--help starts fast: the pipeline is not loaded for it", () => {
    const t0 = performance.now();
    const r = run(["--help"]);
    const ms = performance.now() - t0;
    expect(r.status).toBe(0);
    expect(ms).toBeLessThan(1500);
  });
});
