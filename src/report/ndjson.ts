import type { NdjsonRecord } from "../schema/ndjson.js";
import type { Report } from "../schema/index.js";

/**
 * The `--format ndjson` stream: one newline-terminated JSON text per record
 * (articles, statements, comparisons, provenance, coverage, diagnostics,
 * then totals), yielded one
 * at a time so the CLI writes each as it comes and `head -n 5` stops early.
 * Each line is what `NdjsonRecordSchema` parses; no line holds a raw newline
 * because JSON.stringify escapes them inside strings.
 */
export function* renderNdjson(report: Report): Generator<string, void, undefined> {
  for (const record of ndjsonRecords(report)) yield JSON.stringify(record) + "\n";
}

/** The records in stream order, `type` first in each so a reader sees it at the line start. */
export function* ndjsonRecords(report: Report): Generator<NdjsonRecord, void, undefined> {
  for (const a of report.articles) yield { type: "article", ...a };
  for (const s of report.statements) yield { type: "statement", ...s };
  for (const c of report.comparisons) yield { type: "comparison", ...c };
  for (const p of report.provenance) yield { type: "provenance", ...p };
  for (const a of report.coverage.articles) yield { type: "coverage", ...a };
  for (const d of report.diagnostics) yield { type: "diagnostic", ...d };
  yield { type: "totals", schemaVersion: report.schemaVersion, ...report.totals };
}
