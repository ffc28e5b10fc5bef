/**
 * The one place in src (besides the CLI) that touches the file system: turns
 * the paths a user typed into source files, the outlets.json maps beside them,
 * and diagnostics for whatever could not be read. Never throws for bad input.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Diagnostic, OutletsMap, SourceFile } from "../schema/index.js";
import { parseOutletsJson } from "./outlets-json.js";

/** Where to resolve relative paths, and how to read `-`. */
export interface ReadInputsOptions {
  cwd: string;
  readStdin?: () => string;
}

/** Everything read: files in order, merged outlets.json maps, diagnostics. */
export interface InputsRead {
  sources: SourceFile[];
  outlets: OutletsMap;
  diagnostics: Diagnostic[];
}

const STDIN_NAME = "<stdin>";

/**
 * Reads `paths`: a file, a directory (every `*.txt` below it, sorted by path),
 * or `-` for stdin. `readInputs(["seeds"], { cwd })` gives five sources named
 * "seeds/000_….txt" …, text exactly as `readFileSync(path, "utf8")` returns it.
 */
export function readInputs(paths: string[], options: ReadInputsOptions): InputsRead {
  const acc: Accumulator = { sources: [], outlets: {}, diagnostics: [], jsonSeen: new Set() };
  for (const path of paths) {
    if (path === "-") readStdin(acc, options);
    else readPath(acc, path, options.cwd);
  }
  if (acc.sources.length === 0 && !acc.diagnostics.some((d) => d.code === "load/no-input")) {
    acc.diagnostics.push(diag("error", "load/no-input", "no input text found", undefined, "give files, directories of .txt files, or - for stdin"));
  }
  return { sources: acc.sources, outlets: acc.outlets, diagnostics: acc.diagnostics };
}

interface Accumulator extends InputsRead {
  jsonSeen: Set<string>;
}

function readStdin(acc: Accumulator, options: ReadInputsOptions): void {
  if (!options.readStdin) {
    acc.diagnostics.push(diag("error", "load/unreadable", "standard input cannot be read here", STDIN_NAME));
    return;
  }
  try {
    addSource(acc, STDIN_NAME, options.readStdin());
  } catch (error) {
    acc.diagnostics.push(diag("error", "load/unreadable", `cannot read standard input: ${messageOf(error)}`, STDIN_NAME));
  }
}

function readPath(acc: Accumulator, path: string, cwd: string): void {
  const absolute = resolve(cwd, path);
  try {
    if (statSync(absolute).isDirectory()) {
      readDirectory(acc, absolute, cwd, path);
      return;
    }
    const text = readFileSync(absolute, "utf8");
    readOutletsJson(acc, join(dirname(absolute), "outlets.json"), cwd, true);
    addSource(acc, displayPath(absolute, cwd, path), text);
  } catch (error) {
    acc.diagnostics.push(diag("error", "load/unreadable", `cannot read ${path}: ${messageOf(error)}`, path));
  }
}

function readDirectory(acc: Accumulator, dir: string, cwd: string, typed: string): void {
  const files = listFiles(dir);
  for (const json of files.filter((f) => basename(f) === "outlets.json")) readOutletsJson(acc, json, cwd, false);
  const texts = files.filter((f) => f.toLowerCase().endsWith(".txt"));
  if (texts.length === 0) {
    acc.diagnostics.push(diag("warning", "load/empty-directory", `no .txt files in ${typed}`, typed));
  }
  for (const file of texts) {
    const shown = displayPath(file, cwd, file);
    try {
      addSource(acc, shown, readFileSync(file, "utf8"));
    } catch (error) {
      acc.diagnostics.push(diag("error", "load/unreadable", `cannot read ${shown}: ${messageOf(error)}`, shown));
    }
  }
}

/** Every file below `dir`, absolute, sorted by path (code-unit order, so runs are stable). */
function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads one outlets.json once; beside a named file it is optional (`ifPresent`). */
function readOutletsJson(acc: Accumulator, file: string, cwd: string, ifPresent: boolean): void {
  if (acc.jsonSeen.has(file)) return;
  acc.jsonSeen.add(file);
  const shown = displayPath(file, cwd, file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (!ifPresent) acc.diagnostics.push(diag("error", "load/unreadable", `cannot read ${shown}: ${messageOf(error)}`, shown));
    return;
  }
  const parsed = parseOutletsJson(text, shown);
  Object.assign(acc.outlets, parsed.outlets);
  acc.diagnostics.push(...parsed.diagnostics);
}

function addSource(acc: Accumulator, file: string, text: string): void {
  if (text.trim() === "") {
    acc.diagnostics.push(diag("warning", "load/empty-file", `${file} is empty; skipped`, file));
    return;
  }
  // A NUL byte never occurs in text: an image or PDF saved as .txt would only yield noise.
  if (text.includes("\u0000")) {
    acc.diagnostics.push(diag("warning", "load/binary-file", `${file} is not text (it holds NUL bytes); skipped`, file, "save the article as plain UTF-8 text"));
    return;
  }
  acc.sources.push({ file, text });
}

/** The path as the user would type it: relative to cwd unless it lies outside. */
function displayPath(absolute: string, cwd: string, typed: string): string {
  const rel = relative(cwd, absolute);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return rel.split("\\").join("/");
  return typed;
}

function messageOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

function diag(severity: Diagnostic["severity"], code: string, message: string, file?: string, note?: string): Diagnostic {
  return {
    severity, code, stage: "load", message,
    ...(file === undefined ? {} : { file }),
    ...(note === undefined ? {} : { note }),
  };
}
