/**
 * One line of a file with its trimmed extent: `start`/`end` are UTF-16 offsets
 * into the file, end exclusive, and cover the line without its surrounding
 * whitespace or line break (`text === fileText.slice(start, end)`).
 */
export interface Line {
  /** Position among the file's lines, 0-based. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Splits `text` into lines (`\n`, `\r\n` or `\r`), each trimmed; blank lines
 * are kept with `text === ""` so callers can see paragraph breaks.
 * A BOM at the start is treated as whitespace, so it never joins a headline.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let index = 0;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, "");
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const start = m.index + lead;
    lines.push({ index, start, end: start + body.length, text: body });
    index += 1;
  }
  return lines;
}

/** The number of words in a line, counting whitespace-separated tokens. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/**
 * Whether a line reads as a sentence of body text rather than a title, deck or
 * label: it ends with . ! or ? (optionally inside a closing quote) and has at
 * least eight words. "Han Dong has announced he will be sitting as an
 * independent MP after being the subject of allegations." is body; "Denies
 * allegations he advised China to delay releasing two Canadians" is a deck.
 */
export function isSentenceLike(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text) && countWords(text) >= 8;
}
