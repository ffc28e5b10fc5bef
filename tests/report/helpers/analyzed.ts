import { join } from "node:path";
import { analyze } from "../../../src/index.js";
import { readInputs } from "../../../src/load/read-inputs.js";
import { makeLocator } from "../../../src/report/location.js";
import { makeExcerpter } from "../../../src/report/excerpt.js";
import type { HtmlContext } from "../../../src/report/html/index.js";
import type { Report } from "../../../src/schema/index.js";
import { REPO_ROOT } from "../../helpers/fake-io.js";

/** A report over real files plus the locate/excerpt functions the CLI would hand a reporter. */
export interface Analyzed {
  report: Report;
  ctx: HtmlContext;
}

/** Runs the pipeline on `paths` relative to `cwd` (default: the repository), as `claims compare` does. */
export function analyzePaths(paths: string[], cwd = REPO_ROOT): Analyzed {
  const read = readInputs(paths, { cwd });
  const report = analyze(read.sources, { outlets: read.outlets });
  report.diagnostics.unshift(...read.diagnostics);
  const texts = new Map(read.sources.map((s) => [s.file, s.text]));
  return { report, ctx: { locate: makeLocator((f) => texts.get(f)), excerpt: makeExcerpter((f) => texts.get(f)) } };
}

/** The two invented articles of the golden CLI cases (Harbour Times, Valley Post). */
export function analyzeTwoOutlets(): Analyzed {
  return analyzePaths(["articles"], join(REPO_ROOT, "fixtures", "cli", "two-outlets"));
}
