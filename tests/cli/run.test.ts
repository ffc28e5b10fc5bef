import { describe, expect, test } from "vitest";
import { REPO_ROOT, runCli } from "../helpers/fake-io.js";
import { run } from "../../src/cli/main.js";
import { ReportSchema } from "../../src/schema/index.js";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe("claims compare", () => {
  test("with no paths reads the bundled seeds: 7 articles, a schema-valid JSON document", async () => {
    const r = await runCli(["compare", "--json"]);
    expect(r.code).toBe(0);
    const doc = ReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.articles).toHaveLength(7);
    expect(doc.articles.map((a) => a.file)).toContain("seeds/002_be0d4e13996a22a9.txt");
    expect(r.stdout.endsWith("}\n")).toBe(true);
  });

  test("JSON is byte-identical across runs (stable order, no timestamps)", async () => {
    const a = await runCli(["compare", "--json", "seeds"]);
    const b = await runCli(["compare", "--json", "seeds"]);
    expect(a.stdout).toBe(b.stdout);
  });

  test("the text report leads with a summary and ends with a newline; no colour when not a terminal", async () => {
    const r = await runCli(["compare"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^claims: 7 articles/);
    expect(r.stdout).not.toMatch(ANSI);
  });

  test("colour on a terminal, but never with NO_COLOR or --no-color", async () => {
    expect((await runCli(["compare"], { tty: true })).stdout).toMatch(ANSI);
    expect((await runCli(["compare"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ANSI);
    expect((await runCli(["compare", "--no-color"], { tty: true })).stdout).not.toMatch(ANSI);
    expect((await runCli(["compare", "--color"])).stdout).toMatch(ANSI);
    expect((await runCli(["compare", "--json", "--color"], { tty: true })).stdout).not.toMatch(ANSI);
  });

  test("an unreadable path is named on stderr, the rest still runs, exit 2", async () => {
    const r = await runCli(["compare", "--json", "seeds/000_3be84cc9f8a4afad.txt", "no/such/file.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no/such/file.txt");
    expect((JSON.parse(r.stdout) as { articles: unknown[] }).articles.length).toBeGreaterThan(0);
  });

  test("nothing to read is a usage error with empty stdout", async () => {
    const r = await runCli(["compare", "no/such/dir"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no\/such\/dir/);
  });

  test("an unknown option is a usage error, no stack trace", async () => {
    const r = await runCli(["compare", "--frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown option/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test("- reads standard input", async () => {
    const r = await runCli(["compare", "--json", "-"], { stdin: "A headline\n\n“We will win,” said Jane Roe, the mayor.\n" });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { articles: { file: string }[] };
    expect(doc.articles).toHaveLength(1);
  });

  test("--fail-on contradict exits 1 only when a contradiction is shown", async () => {
    const all = JSON.parse((await runCli(["compare", "--json"])).stdout) as { comparisons: { verdict: string }[] };
    const expected = all.comparisons.some((c) => c.verdict === "contradict") ? 1 : 0;
    expect((await runCli(["compare", "--fail-on", "contradict"])).code).toBe(expected);
    expect((await runCli(["compare", "--fail-on", "contradict", "--only", "agreements"])).code).toBe(0);
  });
});

describe("claims show", () => {
  test("--outlet cbc shows CBC's article and none of CTV's quotes", async () => {
    const r = await runCli(["show", "--outlet", "cbc"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("CBC News (cbc)");
    expect(r.stdout).toContain("I am a proud Liberal");
    // CTV's own rendering of the caucus quote
    expect(r.stdout).not.toContain("I will continue to serve the residents");
    expect(r.stdout).toMatch(/seeds\/002_be0d4e13996a22a9\.txt:\d+:\d+/);
  });

  test("matches an outlet name case-insensitively", async () => {
    const r = await runCli(["show", "--outlet", "national post", "--kind", "quotes"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("National Post (np)");
  });

  test("an unknown outlet exits 2 and lists the outlets", async () => {
    const r = await runCli(["show", "--outlet", "nosuch"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('no article from outlet "nosuch"');
    expect(r.stderr).toContain("cbc (CBC News)");
  });
});

describe("claims schema, outlets, help", () => {
  test("schema prints a JSON Schema with the contract's fields", async () => {
    const r = await runCli(["schema"]);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["articles", "statements", "comparisons"]));
  });

  test("outlets lists every article id", async () => {
    const r = await runCli(["outlets"]);
    for (const id of ["cbc", "ctv", "np"]) expect(r.stdout).toMatch(new RegExp(`^${id}\\s`, "m"));
    // Counts read as English: "1 source", never "1 sources".
    expect(r.stdout).toMatch(/\d+ quotes?, \d+ claims?, \d+ dates?, \d+ sources?/);
    expect(r.stdout).not.toMatch(/\b1 (?:quotes|claims|dates|sources)\b/);
  });

  test("--help leads with a description, lists examples and exit codes, exit 0", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("Exit codes:");
    expect((await runCli(["compare", "--help"])).stdout).toContain("Examples:");
  });

  test("--version prints the version", async () => {
    const r = await runCli(["--version"]);
    expect(r.stdout.trim()).toBe("0.0.0-test");
  });
});

describe("internal errors", () => {
  const crashing = (args: string[]) => {
    let stderr = "";
    const io = {
      stdout: { write: (): never => { throw new Error("disk full"); } },
      stderr: { write: (t: string) => (stderr += t) },
      env: {}, cwd: REPO_ROOT, readStdin: () => "", packageRoot: REPO_ROOT, version: "0",
    };
    return run(args, io).then((code) => ({ code, stderr }));
  };
  test("exit 70 with one line and no stack; --debug adds the stack", async () => {
    const plain = await crashing(["compare", "seeds"]);
    expect(plain.code).toBe(70);
    expect(plain.stderr).toContain("claims: internal error: disk full");
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await crashing(["compare", "seeds", "--debug"]);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
