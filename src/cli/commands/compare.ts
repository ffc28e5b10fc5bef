import type { Io } from "../io.js";
import { EXIT } from "../io.js";
import { analyzeInputs } from "../inputs.js";
import { selectComparisons, type Selection } from "../../report/select.js";
import { renderJson } from "../../report/json.js";
import { renderCompare } from "../../report/text/compare.js";
import { renderMarkdown } from "../../report/markdown.js";
import { renderNdjson } from "../../report/ndjson.js";
import { renderHtml } from "../../report/html/index.js";
import { formatOf, stdoutContext, type CommonOptions } from "./shared.js";
import { checkOutlets } from "./outlet-check.js";

interface CompareOptions extends CommonOptions {
  only?: Selection["only"];
  outlet?: string[];
  speaker?: string;
  minOutlets?: number;
  failOn?: "contradict" | "meaning" | "wording";
}

/** `claims compare`: the report; JSON carries every comparison, filters shape the text. */
export async function runCompare(paths: string[], opts: CompareOptions, io: Io): Promise<number> {
  const analysis = await analyzeInputs(paths, io, opts);
  const { report, inputErrors } = analysis;
  checkOutlets(report, opts.outlet ?? []);
  const selection: Selection = { only: opts.only, outlets: opts.outlet, speaker: opts.speaker, minOutlets: opts.minOutlets };
  const shown = selectComparisons(report, selection);
  const ctx = stdoutContext(io, opts, analysis);
  const format = formatOf(opts);
  if (format === "json") io.stdout.write(renderJson({ ...report, comparisons: shown }));
  else if (format === "ndjson") for (const line of renderNdjson({ ...report, comparisons: shown })) io.stdout.write(line);
  else if (format === "markdown") io.stdout.write(renderMarkdown(report, shown, ctx));
  else if (format === "html") io.stdout.write(renderHtml(report, shown, ctx));
  else io.stdout.write(renderCompare(report, shown, ctx));
  if (inputErrors) return EXIT.usage;
  return opts.failOn && shown.some((c) => failsOn(c, opts.failOn)) ? EXIT.failOn : EXIT.ok;
}

function failsOn(c: { verdict: string; pairs: { relation: string }[] }, what: CompareOptions["failOn"]): boolean {
  switch (what) {
    case "contradict":
      return c.verdict === "contradict";
    case "meaning":
      return c.verdict === "contradict" || c.pairs.some((p) => p.relation === "meaning");
    case "wording":
      return c.verdict !== "agree" && c.verdict !== "single";
    case undefined:
      return false;
  }
}
