#!/usr/bin/env node
// The best any tool that keeps CONTRACT.md's quote span can score on the GGT
// benchmark (../shared/benchmarks/ggt): a number about the benchmark, not
// about claims. It reads no claims code.
//
// CONTRACT.md: "For a quote, start/end cover the characters between the
// quotation marks." GGT's annotators mark whole clauses instead, e.g.
//   police were responsive and "very committed" to hearing what she had to say
// where the quotation is 14 of 76 characters: no span between the marks can
// overlap half of that gold span, so the quote cannot be matched under the
// default rule. Its indirect quotes hold no marks at all and, with reported
// speech exported as kind "claim" (issue 3), cannot be matched as quotes.
//
// For each gold quote this takes the longest run of characters that lies
// between two quotation marks, read two ways so that a stray mark cannot hide
// a run: (a) between any two neighbouring marks in or just beside the span,
// (b) inside a quotation by toggling open/closed from the article's start.
// The longer counts. A gold quote is reachable when that run passes the rule.
// Precision is taken as perfect, so the F1 printed is an upper bound.
//
//   node scripts/ggt-ceiling.mjs [path/to/ggt.jsonl]
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const path = process.argv[2] ?? join(root, "..", "shared", "benchmarks", "ggt", "ggt.jsonl");
if (!existsSync(path)) {
  console.error(`ggt-ceiling: ${path} not found (the GGT benchmark lives in ../shared, outside this repo)`);
  process.exit(2);
}
const articles = readFileSync(path, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

const isMark = (c) => c === '"' || c === "“" || c === "”";

function insideQuotation(text) {
  const inside = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“") open = true;
    else if (c === "”") open = false;
    else if (c === '"') open = !open;
    else inside[i] = open ? 1 : 0;
  }
  return inside;
}

function longestQuotedRun(text, inside, start, end) {
  const marks = [];
  for (let i = Math.max(0, start - 1); i < Math.min(text.length, end + 1); i++) if (isMark(text[i])) marks.push(i);
  let best = 0;
  for (let k = 0; k + 1 < marks.length; k++) best = Math.max(best, Math.min(end, marks[k + 1]) - Math.max(start, marks[k] + 1));
  let run = 0;
  for (let i = start; i < end; i++) best = Math.max(best, (run = inside[i] ? run + 1 : 0));
  return best;
}

const rules = {
  "quote-marked, default rule (overlap >= half the longer span)": { marked: true, pass: (run, len) => 2 * run >= len },
  "all quotes, --rule gold0.3 (overlap > 30% of the gold span)": { marked: false, pass: (run, len) => run > 0.3 * len },
};
for (const [name, rule] of Object.entries(rules)) {
  let total = 0, reachable = 0;
  for (const article of articles) {
    const inside = insideQuotation(article.text);
    for (const q of article.quotes) {
      if (q.start === null || q.end === null || (rule.marked && !q.hasQuoteMarks)) continue;
      total++;
      if (rule.pass(longestQuotedRun(article.text, inside, q.start, q.end), q.end - q.start)) reachable++;
    }
  }
  const recall = reachable / total;
  console.log(`${name}: ${reachable} of ${total} gold quotes reachable; recall <= ${recall.toFixed(3)}, F1 <= ${((2 * recall) / (1 + recall)).toFixed(3)}`);
}
