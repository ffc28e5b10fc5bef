import type { Io } from "../io.js";
import type { RenderContext } from "../../report/render-context.js";
import { colorLevel, makeChalk } from "../color.js";

/** The options every reading command shares, as commander hands them over. */
export interface CommonOptions {
  color?: boolean | undefined;
  verbose?: boolean | undefined;
  json?: boolean | undefined;
  format?: string | undefined;
}

/** Render context for stdout: colour per the rules, width of the terminal (80 otherwise). */
export function stdoutContext(io: Io, opts: CommonOptions, found: Pick<RenderContext, "locate" | "excerpt">): RenderContext {
  const level = opts.json || opts.format === "json" ? 0 : colorLevel(opts.color, io.env, io.stdout);
  const columns = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
  return { chalk: makeChalk(level), locate: found.locate, excerpt: found.excerpt, width: Math.max(40, Math.min(columns, 120)), verbose: !!opts.verbose };
}

/** `--json` and `--format json` are the same request. */
export function formatOf(opts: CommonOptions): string {
  return opts.json ? "json" : (opts.format ?? "text");
}
