#!/usr/bin/env node
// npm run bench: timings, not tests. Each size runs in its own child process so
// peak memory (maxRSS) belongs to that size alone.
//
//   stories: 10 / 100 / 1,000 articles made by perturbing the seven seed articles
//            (paragraph order shuffled, quotes trimmed, words swapped, years shifted)
//   ggt:     extraction alone over the GGT benchmark text ×1 and ×10, when ../shared is there
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [, , mode, arg] = process.argv;

if (mode === "--child-story") await childStory(Number(arg));
else if (mode === "--child-ggt") await childGgt(Number(arg));
else main();

function main() {
  console.log("claims bench (node " + process.version + ")");
  for (const n of [10, 100, 1000]) console.log(runChild("--child-story", n));
  const ggt = join(root, "..", "shared", "benchmarks", "ggt", "ggt.jsonl");
  if (existsSync(ggt)) for (const k of [1, 10]) console.log(runChild("--child-ggt", k));
  else console.log("ggt: skipped (../shared/benchmarks/ggt not found)");
}

function runChild(flag, n) {
  return execFileSync(process.execPath, [fileURLToPath(import.meta.url), flag, String(n)], { encoding: "utf8", maxBuffer: 1 << 26 }).trim();
}

// A small deterministic PRNG so every run perturbs the same way.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function perturb(text, rand) {
  const paras = text.split("\n");
  // Keep the first lines (headline block) and the last (a URL line ends an
  // article) in place; shuffle the body a little.
  for (let i = paras.length - 2; i > 4; i--) {
    if (rand() < 0.3) {
      const j = 4 + Math.floor(rand() * (i - 3));
      [paras[i], paras[j]] = [paras[j], paras[i]];
    }
  }
  return paras
    .join("\n")
    .replace(/\b(20[12]\d)\b/g, (y) => (rand() < 0.1 ? String(Number(y) + 1) : y))
    .replace(/\b(false|said|told)\b/g, (w) => (rand() < 0.2 ? { false: "untrue", said: "stated", told: "informed" }[w] : w))
    .replace(/(“[^”]{40,}?)(\s\S+){3}”/g, (m, head) => (rand() < 0.2 ? head + "”" : m));
}

async function childStory(n) {
  const { analyze } = await import(join(root, "dist", "index.js"));
  const { loadCorpus } = await import(join(root, "dist", "load", "index.js"));
  const seedDir = join(root, "seeds");
  const files = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
  const seedSources = files.map((f) => ({ file: f, text: readFileSync(join(seedDir, f), "utf8") }));
  // One source per article: the seven seed articles, each cut out of its file.
  const textOf = new Map(seedSources.map((s) => [s.file, s.text]));
  const articles = loadCorpus(seedSources, {}).articles.map((a) => textOf.get(a.file).slice(a.start, a.end));
  const rand = rng(n);
  const sources = [];
  for (let i = 0; i < n; i++) sources.push({ file: `story/${String(i).padStart(5, "0")}.txt`, text: perturb(articles[i % articles.length], rand) });
  const t0 = performance.now();
  let extracted = t0;
  // The last progress call comes when extraction ends: the rest is align + compare.
  const report = analyze(sources, { onProgress: (done, total) => { if (done === total) extracted = performance.now(); } });
  const ms = performance.now() - t0;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`story ${String(n).padStart(5)} articles → ${report.articles.length} found, ${report.statements.length} statements, ${report.comparisons.length} comparisons: ${ms.toFixed(0)} ms (load+extract ${(extracted - t0).toFixed(0)}, align+compare ${(performance.now() - extracted).toFixed(0)}), peak RSS ${rss.toFixed(0)} MB`);
}

async function childGgt(k) {
  const { loadCorpus } = await import(join(root, "dist", "load", "index.js"));
  const { extractStatements } = await import(join(root, "dist", "extract", "index.js"));
  const lines = readFileSync(join(root, "..", "shared", "benchmarks", "ggt", "ggt.jsonl"), "utf8").split("\n").filter(Boolean);
  const sources = [];
  for (let r = 0; r < k; r++) for (const l of lines) { const a = JSON.parse(l); sources.push({ file: `ggt/${r}-${a.id}.txt`, text: a.text }); }
  const chars = sources.reduce((n, s) => n + s.text.length, 0);
  const t0 = performance.now();
  const { articles } = loadCorpus(sources, {});
  const textOf = new Map(sources.map((s) => [s.file, s.text]));
  let statements = 0;
  for (const article of articles) statements += extractStatements({ article, text: textOf.get(article.file), referenceDate: article.published?.slice(0, 10) ?? null }).value.length;
  const ms = performance.now() - t0;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`ggt ×${String(k).padEnd(2)} ${articles.length} articles, ${(chars / 1000).toFixed(0)}k chars → ${statements} statements: load+extract ${ms.toFixed(0)} ms (${((ms / chars) * 1e6).toFixed(0)} ms per M chars), peak RSS ${rss.toFixed(0)} MB`);
}
