import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { renderNdjson } from "../../src/report/ndjson.js";
import { NdjsonRecordSchema, type NdjsonRecordType } from "../../src/schema/ndjson.js";
import { run } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { REPO_ROOT } from "../helpers/fake-io.js";
import { analyzePaths, analyzeTwoOutlets } from "./helpers/analyzed.js";

const ORDER: NdjsonRecordType[] = ["article", "statement", "comparison", "provenance", "coverage", "diagnostic", "totals"];

/** Runs the CLI in-process and keeps every write separately, to see that records stream one by one. */
async function writesOf(args: string[]): Promise<{ code: number; writes: string[] }> {
  const writes: string[] = [];
  const io: Io = {
    stdout: { write: (s: string) => writes.push(s), isTTY: false },
    stderr: { write: () => true, isTTY: false },
    env: {},
    cwd: join(REPO_ROOT, "fixtures", "cli", "two-outlets"),
    readStdin: () => "",
    packageRoot: REPO_ROOT,
    version: "0.0.0-test",
  };
  return { code: await run(args, io), writes };
}

describe.each([
  ["the two invented articles", analyzeTwoOutlets],
  ["the seeds", () => analyzePaths(["seeds"])],
])("ndjson on %s", (_name, analyzeIt) => {
  const { report } = analyzeIt();
  const lines = [...renderNdjson(report)];

  test("each line is one complete, newline-terminated JSON value that passes the schema unchanged", () => {
    for (const line of lines) {
      expect(line.endsWith("\n")).toBe(true);
      expect(line.slice(0, -1)).not.toContain("\n");
      const value: unknown = JSON.parse(line);
      const parsed = NdjsonRecordSchema.safeParse(value);
      expect(parsed.success, line.slice(0, 200)).toBe(true);
      expect(parsed.data).toEqual(value);
    }
  });

  test("records come in type order and end with one totals record", () => {
    const types = lines.map((l) => (JSON.parse(l) as { type: NdjsonRecordType }).type);
    const ranks = types.map((t) => ORDER.indexOf(t));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(types.filter((t) => t === "totals")).toHaveLength(1);
    expect(types.at(-1)).toBe("totals");
  });

  test("the records are the --json document, cut up: nothing lost, nothing added", () => {
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown> & { type: NdjsonRecordType });
    const strip = (t: NdjsonRecordType) => records.filter((r) => r.type === t).map(({ type: _t, ...rest }) => rest);
    expect(strip("article")).toEqual(report.articles);
    expect(strip("statement")).toEqual(report.statements);
    expect(strip("comparison")).toEqual(report.comparisons);
    expect(strip("diagnostic")).toEqual(report.diagnostics);
    expect(strip("totals")).toEqual([{ schemaVersion: report.schemaVersion, ...report.totals }]);
  });
});

describe("claims compare --format ndjson", () => {
  test("streams: one write per record, each a whole line", async () => {
    const { code, writes } = await writesOf(["compare", "--format", "ndjson", "articles"]);
    expect(code).toBe(0);
    expect(writes.length).toBeGreaterThan(10);
    for (const w of writes) expect(w).toMatch(/^\{"type":"[a-z]+",.*\}\n$/);
  });

  test("filters keep the comparisons shown, as --json does", async () => {
    const { writes } = await writesOf(["compare", "--format", "ndjson", "--only", "contradictions", "articles"]);
    const comparisons = writes.map((w) => JSON.parse(w) as { type: string; verdict?: string }).filter((r) => r.type === "comparison");
    expect(comparisons.length).toBeGreaterThan(0);
    expect(comparisons.every((c) => c.verdict === "contradict")).toBe(true);
  });
});
