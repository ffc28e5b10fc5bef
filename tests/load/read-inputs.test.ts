import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readInputs } from "../../src/load/read-inputs.js";
import { parseOutletsJson } from "../../src/load/outlets-json.js";

let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "claims-load-"));
  mkdirSync(join(root, "news/sub"), { recursive: true });
  mkdirSync(join(root, "bad"));
  mkdirSync(join(root, "nothing"));
  writeFileSync(join(root, "news/b.txt"), "\uFEFFBody B.\r\n");
  writeFileSync(join(root, "news/a.txt"), "Body A.");
  writeFileSync(join(root, "news/sub/c.txt"), "Body C.");
  writeFileSync(join(root, "news/notes.md"), "ignored");
  writeFileSync(join(root, "news/empty.txt"), "  \n");
  writeFileSync(join(root, "news/outlets.json"), JSON.stringify({ "a.txt": "Daily Planet" }));
  writeFileSync(join(root, "bad/x.txt"), "Body X.");
  writeFileSync(join(root, "bad/outlets.json"), '{\n  "x.txt": "A"\n  "y.txt": "B"\n}');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("readInputs", () => {
  test("a directory gives every .txt below it, sorted, paths relative to cwd, text exactly as read", () => {
    const r = readInputs(["news"], { cwd: root });
    expect(r.sources.map((s) => s.file)).toEqual(["news/a.txt", "news/b.txt", "news/sub/c.txt"]);
    expect(r.sources[1]?.text).toBe("\uFEFFBody B.\r\n");
    expect(r.outlets).toEqual({ "a.txt": "Daily Planet" });
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([["load/empty-file", "news/empty.txt"]]);
  });

  test("a named file picks up the outlets.json beside it", () => {
    const r = readInputs(["news/a.txt"], { cwd: root });
    expect(r.sources.map((s) => s.file)).toEqual(["news/a.txt"]);
    expect(r.outlets).toEqual({ "a.txt": "Daily Planet" });
  });

  test("a path outside cwd is shown as typed", () => {
    const r = readInputs([join(root, "news/a.txt")], { cwd: join(root, "bad") });
    expect(r.sources[0]?.file).toBe(join(root, "news/a.txt"));
  });

  test("a missing path is an error for that path; the others still load", () => {
    const r = readInputs(["nope.txt", "news/a.txt"], { cwd: root });
    expect(r.sources).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.file])).toEqual([["error", "load/unreadable", "nope.txt"]]);
  });

  test("- reads stdin, shown as <stdin>", () => {
    const r = readInputs(["-"], { cwd: root, readStdin: () => "From stdin." });
    expect(r.sources).toEqual([{ file: "<stdin>", text: "From stdin." }]);
  });

  test("a directory without .txt warns; nothing found at all is load/no-input", () => {
    const r = readInputs(["nothing"], { cwd: root });
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["warning", "load/empty-directory"], ["error", "load/no-input"],
    ]);
  });

  test("a bad outlets.json is an error naming the file and line, not a throw", () => {
    const r = readInputs(["bad"], { cwd: root });
    expect(r.sources).toHaveLength(1);
    const d = r.diagnostics.find((x) => x.code === "load/bad-outlets-json");
    expect(d?.file).toBe("bad/outlets.json");
    expect(d?.message).toMatch(/^bad\/outlets\.json:3: not valid JSON/);
  });

  test.skipIf(process.getuid?.() === 0)("an unreadable file is load/unreadable", () => {
    const locked = join(root, "news/locked.txt");
    writeFileSync(locked, "x");
    chmodSync(locked, 0o000);
    const r = readInputs(["news/locked.txt"], { cwd: root });
    expect(r.diagnostics[0]?.code).toBe("load/unreadable");
    rmSync(locked);
  });
});

describe("parseOutletsJson", () => {
  const cases: [string, Record<string, string>, string[], string][] = [
    ['{"a.txt": "Daily Planet"}', { "a.txt": "Daily Planet" }, [], "a valid map"],
    ['{"a.txt": ""}', {}, ["load/bad-outlets-json"], "empty outlet names are rejected"],
    ['["a.txt"]', {}, ["load/bad-outlets-json"], "an array is not a map"],
  ];
  test.each(cases)("%s → %j %j (%s)", (text, outlets, codes) => {
    const r = parseOutletsJson(text, "outlets.json");
    expect(r.outlets).toEqual(outlets);
    expect(r.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  test("an error JSON.parse gives no position for still names the line", () => {
    const r = parseOutletsJson('{ "a.txt": "Harbour",\n  "b.txt": }\n', "outlets.json");
    expect(r.diagnostics[0]?.message).toMatch(/^outlets\.json:2: not valid JSON/);
  });
});

describe("binary input", () => {
  test("a file with NUL bytes is skipped with a warning naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "claims-bin-"));
    writeFileSync(join(dir, "scan.txt"), "\u0000\u0001PDF");
    writeFileSync(join(dir, "ok.txt"), "Body.");
    const r = readInputs(["."], { cwd: dir });
    expect(r.sources.map((x) => x.file)).toEqual(["ok.txt"]);
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([["load/binary-file", "scan.txt"]]);
    rmSync(dir, { recursive: true, force: true });
  });
});
