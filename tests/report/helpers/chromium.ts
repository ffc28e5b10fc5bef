import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Debian's chromium, which .ci/run installs when missing; CHROMIUM overrides. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export interface Shot {
  /** The PNG's path (in a fresh temporary directory), or null when none was written. */
  png: string | null;
  /** Every line the page logged to the console: script errors, blocked loads, CSP violations. */
  console: string[];
  status: number | null;
  stderr: string;
}

/**
 * Renders an HTML file in headless Chromium with a fresh profile and no
 * background network, and screenshots it. `--enable-logging=stderr` makes
 * every console message (including "Uncaught …" and CSP blocks) a line with
 * `:CONSOLE` in it; the report runs no script, so any such line is a fault.
 */
export function screenshot(htmlFile: string, size = "1280,2000"): Shot {
  const dir = mkdtempSync(join(tmpdir(), "claims-chromium-"));
  const png = join(dir, "page.png");
  const r = spawnSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${join(dir, "profile")}`,
      "--enable-logging=stderr",
      "--v=0",
      `--screenshot=${png}`,
      `--window-size=${size}`,
      pathToFileURL(htmlFile).href,
    ],
    { encoding: "utf8", timeout: 60_000 },
  );
  const stderr = r.stderr || "";
  const consoleLines = stderr.split("\n").filter((l) => l.includes(":CONSOLE"));
  rmSync(join(dir, "profile"), { recursive: true, force: true });
  return { png: existsSync(png) ? png : null, console: consoleLines, status: r.status, stderr };
}
