// ANSI colour codes have no width: "\u001b[31mfalse\u001b[39m" is five columns.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Visible width of a string that may hold colour codes. */
export function visibleLength(s: string): number {
  return s.replace(ANSI, "").length;
}

/**
 * Word-wraps `s` to `width` columns, every line after the first starting with
 * `indent`. Words longer than a line are left whole rather than cut.
 */
export function wrap(s: string, width: number, indent: string, firstIndent = indent): string {
  const words = s.split(/ +/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = firstIndent;
  let lineLen = visibleLength(firstIndent);
  let empty = true;
  for (const w of words) {
    const wl = visibleLength(w);
    if (!empty && lineLen + 1 + wl > width) {
      lines.push(line);
      line = indent + w;
      lineLen = visibleLength(indent) + wl;
    } else {
      line += (empty ? "" : " ") + w;
      lineLen += (empty ? 0 : 1) + wl;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

/** One line: white space runs (line breaks of a multi-paragraph quote) become one space. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Shortens to at most `max` characters, ending in an ellipsis when cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, Math.max(0, max - 1)).trimEnd() + "…";
}
