import { Chalk, type ChalkInstance } from "chalk";
import type { OutStream } from "./io.js";

/**
 * The colour level for one stream: `--color`/`--no-color` first, then
 * NO_COLOR (any non-empty value), then FORCE_COLOR, then whether the stream
 * is a terminal that is not TERM=dumb. chalk's own detection reads the real
 * process, so it is never used.
 */
export function colorLevel(flag: boolean | undefined, env: Record<string, string | undefined>, stream: OutStream): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return forcedLevel(env.FORCE_COLOR) || 1;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (!stream.isTTY || env.TERM === "dumb") return 0;
  return env.COLORTERM === "truecolor" ? 3 : 2;
}

function forcedLevel(v: string | undefined): 0 | 1 | 2 | 3 {
  if (v === undefined || v === "" || v === "true" || v === "1") return 1;
  if (v === "false" || v === "0") return 0;
  if (v === "2") return 2;
  if (v === "3") return 3;
  return 1;
}

export function makeChalk(level: 0 | 1 | 2 | 3): ChalkInstance {
  return new Chalk({ level });
}
