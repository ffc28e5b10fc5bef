import type { Io } from "../io.js";
import { EXIT } from "../io.js";
import { analyzeInputs } from "../inputs.js";
import { renderOutlets } from "../../report/text/outlets.js";
import { formatOf, stdoutContext, type CommonOptions } from "./shared.js";

/** `claims outlets`: the articles found, with the keys `--outlet` takes. */
export async function runOutlets(paths: string[], opts: CommonOptions, io: Io): Promise<number> {
  const analysis = await analyzeInputs(paths, io, opts);
  const { report, inputErrors } = analysis;
  if (formatOf(opts) === "json") io.stdout.write(JSON.stringify({ schemaVersion: report.schemaVersion, articles: report.articles }, null, 2) + "\n");
  else io.stdout.write(renderOutlets(report, stdoutContext(io, opts, analysis)));
  return inputErrors ? EXIT.usage : EXIT.ok;
}
