// ANSI colour codes have no width: "\u001b[31mfalse\u001b[39m" is five columns.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const RESET = "\u001b[0m";

/** Visible width of a string that may hold colour codes. */
export function visibleLength(s: string): number {
  return s.replace(ANSI, "").length;
}

/**
 * Word-wraps `s` to `width` columns, every line after the first starting with
 * `indent`. Words longer than a line are left whole rather than cut. A style
 * open where a line breaks (a struck-through run of removed words) is closed
 * at the line's end and reopened after the next indent, so the indent is
 * never struck through or underlined and a pager shows each line whole.
 */
export function wrap(s: string, width: number, indent: string, firstIndent = indent): string {
  const words = s.split(/ +/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = firstIndent;
  let lineLen = visibleLength(firstIndent);
  let empty = true;
  let open: string[] = [];
  for (const w of words) {
    const wl = visibleLength(w);
    if (!empty && lineLen + 1 + wl > width) {
      lines.push(open.length ? line + RESET : line);
      line = indent + open.join("") + w;
      lineLen = visibleLength(indent) + wl;
    } else {
      line += (empty ? "" : " ") + w;
      lineLen += (empty ? 0 : 1) + wl;
    }
    open = openStyles(w, open);
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

/** SGR parameter that ends each opening one: bold and dim end with 22, colours with 39, … */
function closerOf(opener: number): number {
  if (opener === 1 || opener === 2) return 22;
  if (opener >= 3 && opener <= 9) return opener + 20;
  if (opener === 38 || (opener >= 30 && opener <= 37) || (opener >= 90 && opener <= 97)) return 39;
  if (opener === 48 || (opener >= 40 && opener <= 47) || (opener >= 100 && opener <= 107)) return 49;
  return -1;
}

/**
 * The escape sequences still in force after `s`, given those in force before:
 * after "\u001b[9m\u001b[31mquoting" both stay open; "\u001b[39m\u001b[29m" closes them.
 */
export function openStyles(s: string, before: string[]): string[] {
  let open = before;
  for (const m of s.matchAll(ANSI)) {
    const code = Number((/\[(\d*)/.exec(m[0])?.[1] ?? "") || 0);
    if (code === 0) open = [];
    else if (closerOf(code) === -1) open = open.filter((seq) => closerOf(Number(/\[(\d*)/.exec(seq)?.[1] ?? 0)) !== code);
    else open = [...open, m[0]];
  }
  return open;
}

/** One line: white space runs (line breaks of a multi-paragraph quote) become one space. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Shortens to at most `max` characters, ending in an ellipsis when cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, Math.max(0, max - 1)).trimEnd() + "…";
}
