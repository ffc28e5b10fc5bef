import { isAbsolute, join, relative } from "node:path";
import type { Report, SourceFile } from "../schema/index.js";
import type { Io } from "./io.js";
import { readInputs } from "../load/read-inputs.js";
import { makeLocator } from "../report/location.js";
import { makeExcerpter, type Excerpt } from "../report/excerpt.js";
import { formatDiagnostic } from "./diagnostics.js";
import { colorLevel, makeChalk } from "./color.js";
import { UsageError } from "./errors.js";

export interface Analysis {
  report: Report;
  sources: SourceFile[];
  locate: (file: string, offset: number) => string;
  excerpt: (file: string, start: number, end: number) => Excerpt;
  /** True when some input could not be read: the run goes on, the exit code is 2. */
  inputErrors: boolean;
}

export interface InputOptions {
  color?: boolean | undefined;
  verbose?: boolean | undefined;
}

/**
 * Reads the paths (none: the bundled seeds/), runs the pipeline, and writes
 * diagnostics to stderr (infos only with --verbose). Throws UsageError when
 * nothing at all could be read.
 */
export async function analyzeInputs(paths: string[], io: Io, opts: InputOptions): Promise<Analysis> {
  const wanted = paths.length ? paths : [bundledSeeds(io)];
  const read = readInputs(wanted, { cwd: io.cwd, readStdin: io.readStdin });
  const { analyze } = await import("../index.js");
  const progress = progressWriter(io);
  const report = analyze(read.sources, { outlets: read.outlets, onProgress: progress });
  report.diagnostics.unshift(...read.diagnostics);
  const textOf = new Map(read.sources.map((s) => [s.file, s.text]));
  const locate = makeLocator((f) => textOf.get(f));
  const chalk = makeChalk(colorLevel(opts.color, io.env, io.stderr));
  for (const d of report.diagnostics) {
    // "nothing to read" is said once, by the usage error below.
    if (d.code === "load/no-input") continue;
    if (d.severity !== "info" || opts.verbose) io.stderr.write(formatDiagnostic(d, locate, chalk) + "\n");
  }
  if (read.sources.length === 0) throw new UsageError("nothing to read", "give .txt files, directories of them, or - for standard input");
  const inputErrors = read.diagnostics.some((d) => d.severity === "error");
  return { report, sources: read.sources, locate, excerpt: makeExcerpter((f) => textOf.get(f)), inputErrors };
}

function bundledSeeds(io: Io): string {
  const seeds = join(io.packageRoot, "seeds");
  const rel = relative(io.cwd, seeds);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : seeds;
}

/** Progress on stderr for long runs, and only when a person is watching it. */
function progressWriter(io: Io): ((done: number, total: number) => void) | undefined {
  if (!io.stderr.isTTY) return undefined;
  return (done, total) => {
    if (total < 50) return;
    io.stderr.write(`\rclaims: extracting ${done}/${total} articles`);
    if (done === total) io.stderr.write("\n");
  };
}
