import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams; not a terminal unless `tty`. */
export async function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; stdin?: string; tty?: boolean } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
    readStdin: () => options.stdin ?? "",
    packageRoot: REPO_ROOT,
    version: "0.0.0-test",
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
