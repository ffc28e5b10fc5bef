import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { REPO_ROOT } from "../helpers/fake-io.js";

// claims is measured on stories it has never seen, so no rule may be fitted to
// the bundled seeds (the Han Dong story) or to one benchmark article. Comments
// may quote a seed sentence as the example a rule is for; code may not name one.
// Outlets are another matter: a broad outlet list (src/data/news-outlets.ts,
// src/data/outlets.ts) holds the seeds' outlets among a hundred others.
const SEED_TERMS = [
  "dong", "han tao", "kovrig", "spavor", "wanzhou", "meng", "trudeau", "tunney", "tumilty", "levesque", "lévesque",
  "poilievre", "vincent ke", "don valley", "two michaels", "uyghur", "genocide", "huawei", "back channel",
  "witting affiliate", "knowing affiliate", "capital dispatch", "lothario",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** The code of a TypeScript file with its comments blanked out (block comments, then line comments). */
function codeOf(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/(^|[\s;,{}()])\/\/.*$/gm, "$1");
}

const files = sourceFiles(join(REPO_ROOT, "src")).map((path) => [relative(REPO_ROOT, path), path] as const);

describe("no rule names the seed story", () => {
  test.each(files)("%s", (_name, path) => {
    const code = codeOf(readFileSync(path, "utf8")).toLowerCase();
    const found = SEED_TERMS.filter((term) => new RegExp(String.raw`(?<![\p{L}])${term}(?![\p{L}])`, "u").test(code));
    expect(found).toEqual([]);
  });

  test("the comment stripper keeps code and drops comments", () => {
    expect(codeOf('const a = "x"; // Dong said\n/** Mr. Dong */ const b = "https://cbc.ca";')).not.toMatch(/dong/i);
    expect(codeOf('const u = "https://cbc.ca"; const w = ["caucus"];')).toContain("https://cbc.ca");
  });
});
