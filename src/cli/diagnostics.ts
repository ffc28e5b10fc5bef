import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../schema/index.js";

/**
 * A diagnostic as one stderr line an editor can jump to:
 * `seeds/003_x.txt:1:1: info: article "f003" states no publication date [extract/undated-article]`.
 */
export function formatDiagnostic(d: Diagnostic, locate: (file: string, offset: number) => string, chalk: ChalkInstance): string {
  const where = d.file ? (d.start !== undefined ? locate(d.file, d.start) : d.file) + ": " : "";
  const sev = { error: chalk.red("error"), warning: chalk.yellow("warning"), info: chalk.gray("info") }[d.severity];
  const note = d.note ? `\n  ${chalk.gray(d.note)}` : "";
  return `${where}${sev}: ${d.message} ${chalk.gray(`[${d.code}]`)}${note}`;
}
