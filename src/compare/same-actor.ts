/**
 * Whether two dated facts of one story name one actor doing one thing, so
 * that two days for it cannot both hold: “Orlan Health Products Inc. on
 * Wednesday recalled nine lots” / “On Oct. 16, Orlan Health Products
 * recalled nine lots”.
 */
import type { DateStatement, ClaimStatement } from "../schema/index.js";
import type { EventKey } from "./event-key.js";

/**
 * Event heads one actor may do on many days: “The Ledger first reported late
 * Tuesday” and “the Ledger reported Wednesday” are two reports.
 */
const REPEATABLE_HEADS: ReadonlySet<string> = new Set([
  "report", "said", "say", "told", "tell", "stat", "wrote", "writ", "announc", "confirm", "add", "note", "publish",
  "post", "tweet", "comment", "spok", "speak", "testifi", "argu", "claim",
]);

/**
 * One name in reach of both dates, an event that happens once, and neither
 * date in quoted words: a quotation that changes a date (“Buses will be back
 * Friday morning”) is a quote variant already, reported as such.
 */
export function sameActor(a: DateStatement | ClaimStatement, b: DateStatement | ClaimStatement, ka: EventKey, kb: EventKey, textOf: Map<string, string>): boolean {
  if (REPEATABLE_HEADS.has(ka.head ?? "") || quoted(a, textOf) || quoted(b, textOf)) return false;
  for (const e of ka.entities) if (kb.entities.has(e)) return true;
  return false;
}

/** Whether a fact stands inside quotation marks in its paragraph: “Buses will be back Friday morning,” he said. */
function quoted(f: { file: string; start: number }, textOf: Map<string, string>): boolean {
  const text = textOf.get(f.file) ?? "";
  const line = text.slice(text.lastIndexOf("\n", f.start - 1) + 1, f.start);
  const straight = (line.match(/"/g) ?? []).length;
  return straight % 2 === 1 || (line.match(/“/g) ?? []).length > (line.match(/”/g) ?? []).length;
}
