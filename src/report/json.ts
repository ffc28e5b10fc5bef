import type { Report } from "../schema/index.js";

/**
 * The `--json` document: one newline-terminated JSON text with keys in the
 * schema's order and arrays already sorted by the pipeline, so two runs over
 * the same input print the same bytes (no timestamps, no absolute paths).
 */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
