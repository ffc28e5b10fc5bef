import type { ChalkInstance } from "chalk";
import type { DiffPart } from "../../schema/index.js";
import { clip, oneLine } from "./wrap.js";

/**
 * A word diff for the terminal: removed words red and struck through, added
 * words green. Without colour the marks are wdiff's `[-removed-]` and
 * `{+added+}`, so a piped report still shows the difference. Long runs of
 * equal words are shortened in the middle to keep the change in view.
 */
export function renderDiff(parts: DiffPart[], chalk: ChalkInstance): string {
  const plain = chalk.level === 0;
  return parts
    .map((p, i) => {
      const text = oneLine(p.text);
      if (!text) return "";
      switch (p.op) {
        case "equal":
          return shortenEqual(text, i === 0, i === parts.length - 1);
        case "delete":
          return plain ? `[-${text}-]` : chalk.red.strikethrough(text);
        case "insert":
          return plain ? `{+${text}+}` : chalk.green(text);
      }
    })
    .filter((s) => s.length > 0)
    .join(" ");
}

function shortenEqual(text: string, first: boolean, last: boolean): string {
  const words = text.split(" ");
  const keep = 6;
  if (words.length <= keep * 2) return text;
  if (first) return "… " + words.slice(-keep).join(" ");
  if (last) return words.slice(0, keep).join(" ") + " …";
  return `${words.slice(0, keep).join(" ")} … ${words.slice(-keep).join(" ")}`;
}

/** A quotation as shown in a report: curly marks, one line, at most `max` characters. */
export function quoted(text: string, max: number): string {
  return `“${clip(oneLine(text), max)}”`;
}
