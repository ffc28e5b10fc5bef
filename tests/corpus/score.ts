import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { analyze } from "../../src/index.js";
import { REPO_ROOT } from "../helpers/fake-io.js";

/** The shared yardstick beside the repo; absent on a bare clone, and the corpus tests skip then. */
export const SHARED = join(REPO_ROOT, "..", "shared");
export const HAVE_SHARED = existsSync(join(SHARED, "eval", "score.mjs"));

export type Figures = Record<string, number | null>;

/** Runs claims over every .txt in `dir` and scores it with shared/eval/score.mjs against `gold`. */
export function scoreDir(dir: string, gold: string, rule = "half", reportedAsQuotes = false): { figures: Figures; errors: string[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const sources = files.map((f) => ({ file: relative(REPO_ROOT, join(dir, f)), text: readFileSync(join(dir, f), "utf8") }));
  const found = analyze(sources);
  // score.mjs counts only kind "quote"; GGT's gold also holds indirect quotes, which claims
  // reports as reported-speech claims (kind "claim", no topic). Scored as quotes, they show
  // how much of the indirect speech is found.
  const report = reportedAsQuotes
    ? { ...found, statements: found.statements.map((s) => (s.kind === "claim" && s.topic === null ? { ...s, kind: "quote", quoteKind: "speech" } : s)) }
    : found;
  const out = join(mkdtempSync(join(tmpdir(), "claims-score-")), "out.json");
  writeFileSync(out, JSON.stringify(report));
  const json = execFileSync(process.execPath, [join(SHARED, "eval", "score.mjs"), "--gold", gold, "--pred", out, "--rule", rule, "--json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(json) as { figures: Figures; errors: string[] };
  return parsed;
}

/** Floors the figures may not drop below: raised by hand when a change lifts them. */
export function floors(name: string): Record<string, number> {
  const all = JSON.parse(readFileSync(join(REPO_ROOT, "tests", "corpus", "floors.json"), "utf8")) as Record<string, Record<string, number>>;
  return all[name] ?? {};
}
