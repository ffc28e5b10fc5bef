/** A writable stream as the CLI sees it: enough of process.stdout to test with a fake. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** Everything `run` may touch of the outside world, handed in so tests can fake it. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Reads all of standard input (for the `-` path). */
  readStdin: () => string;
  /** The installed package's root, where the bundled seeds/ live. */
  packageRoot: string;
  version: string;
}

/** Exit codes, after diff and eslint: results are not failures. */
export const EXIT = { ok: 0, failOn: 1, usage: 2, internal: 70 } as const;
