/**
 * Parses an outlets.json map (file base name → outlet name) into diagnostics
 * rather than exceptions: a typo in it must not stop the run.
 */
import * as z from "zod";
import { OutletsMapSchema, type Diagnostic, type OutletsMap } from "../schema/index.js";

/**
 * `{"003_x.txt": "The Social Talks"}` → that map. Bad JSON gives an error
 * naming the file and, when JSON.parse reports a position, its line:
 * "outlets.json:3: Expected ',' or '}' after property value".
 */
export function parseOutletsJson(text: string, file: string): { outlets: OutletsMap; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = positionOf(message) ?? firstOddLine(text);
    const where = at === null ? file : `${file}:${lineOf(text, at)}`;
    return { outlets: {}, diagnostics: [bad(file, `${where}: not valid JSON: ${message}`, at)] };
  }
  const result = OutletsMapSchema.safeParse(data);
  if (!result.success) {
    return { outlets: {}, diagnostics: [bad(file, `${file}: not a map of file name to outlet name: ${z.prettifyError(result.error)}`, null)] };
  }
  return { outlets: result.data, diagnostics: [] };
}

function positionOf(message: string): number | null {
  const m = /position (\d+)/.exec(message);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/**
 * Where the flat map stops looking like one, for parse errors that name no
 * position ("Unexpected token '}'" on `"b.txt": }`): the start of the first
 * line that is neither a brace nor `"name": "outlet",`. Null when every
 * line looks right.
 */
function firstOddLine(text: string): number | null {
  const entry = /^\s*\{?\s*(?:"(?:[^"\\]|\\.)*"\s*:\s*"(?:[^"\\]|\\.)*"\s*,?)?\s*\}?\s*$/;
  let at = 0;
  for (const line of text.split("\n")) {
    if (!entry.test(line)) return at;
    at += line.length + 1;
  }
  return null;
}

function lineOf(text: string, at: number): number {
  return text.slice(0, at).split("\n").length;
}

function bad(file: string, message: string, at: number | null): Diagnostic {
  return {
    severity: "error", code: "load/bad-outlets-json", stage: "load", file, message,
    ...(at === null ? {} : { start: at, end: at }),
    note: 'outlets.json maps file base names to outlet names: {"001_story.txt": "The Daily Planet"}',
  };
}
