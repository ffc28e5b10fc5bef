import type { DiffPart, Pair } from "../../schema/index.js";
import { escapeHtml } from "./escape.js";

/**
 * A word diff as HTML, read from the point of view of one rendering: `<ins>`
 * holds words this rendering has and the other lacks, `<del>` words only the
 * other has. A pair's diff runs a → b, so for a pair where this rendering is
 * `a` the operations are swapped: “I <del>think</del> <ins>believe</ins>”
 * shown under the outlet that wrote “believe”.
 */
export function renderHtmlDiff(pair: Pair, self: string): string {
  const parts = pair.a === self ? flipParts(pair.diff) : pair.diff;
  // Runs hold words without their separating spaces, as the text reporter's diff does.
  return parts
    .map(part)
    .filter((s) => s.length > 0)
    .join(" ");
}

/** b → a from a → b: deletes become inserts and back, a replaced run still reads removed-then-added. */
function flipParts(parts: DiffPart[]): DiffPart[] {
  const flipped = parts.map((p): DiffPart => (p.op === "equal" ? p : { op: p.op === "delete" ? "insert" : "delete", text: p.text }));
  for (let i = 0; i + 1 < flipped.length; i++) {
    const [x, y] = [flipped[i], flipped[i + 1]];
    if (x?.op === "insert" && y?.op === "delete") [flipped[i], flipped[i + 1]] = [y, x];
  }
  return flipped;
}

function part(p: DiffPart): string {
  const text = escapeHtml(p.text.replace(/\s+/g, " ").trim());
  if (!text) return "";
  switch (p.op) {
    case "equal":
      return text;
    case "delete":
      return `<del>${text}</del>`;
    case "insert":
      return `<ins>${text}</ins>`;
  }
}
