import type { Io } from "../io.js";
import { EXIT } from "../io.js";
import { analyzeInputs } from "../inputs.js";
import { resolveOutletIds } from "../../report/select.js";
import { renderShow, SHOW_KINDS, type ShowKind } from "../../report/text/show.js";
import { formatOf, stdoutContext, type CommonOptions } from "./shared.js";
import { checkOutlets } from "./outlet-check.js";

interface ShowOptions extends CommonOptions {
  outlet: string;
  kind?: ShowKind[];
}

/** `claims show --outlet X`: everything one article attributes. */
export async function runShow(paths: string[], opts: ShowOptions, io: Io): Promise<number> {
  const analysis = await analyzeInputs(paths, io, opts);
  const { report, inputErrors } = analysis;
  checkOutlets(report, [opts.outlet]);
  const ids = new Set(resolveOutletIds(report, [opts.outlet]));
  const articles = report.articles.filter((a) => ids.has(a.id));
  const kinds = opts.kind?.length ? opts.kind : SHOW_KINDS;
  if (formatOf(opts) === "json") {
    const statements = report.statements.filter((s) => ids.has(s.article) && kinds.some((k) => k.startsWith(s.kind)));
    io.stdout.write(JSON.stringify({ schemaVersion: report.schemaVersion, articles, statements }, null, 2) + "\n");
  } else {
    const ctx = stdoutContext(io, opts, analysis);
    io.stdout.write(articles.map((a) => renderShow(report, a, kinds, ctx)).join("\n"));
  }
  return inputErrors ? EXIT.usage : EXIT.ok;
}
