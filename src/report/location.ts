/**
 * Offsets → 1-based line:column for display only (offsets stay the record).
 * Columns count UTF-16 units from the line start, as editors given
 * `seeds/002_be0d4e13996a22a9.txt:14:3` do for BMP text.
 */
export interface LineIndex {
  locate(offset: number): { line: number; column: number };
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return {
    locate(offset: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
    },
  };
}

/** Caches one LineIndex per file so a report locates thousands of spans cheaply. */
export function makeLocator(textOf: (file: string) => string | undefined): (file: string, offset: number) => string {
  const cache = new Map<string, LineIndex>();
  return (file, offset) => {
    let idx = cache.get(file);
    if (!idx) {
      idx = indexLines(textOf(file) ?? "");
      cache.set(file, idx);
    }
    const { line, column } = idx.locate(offset);
    return `${file}:${line}:${column}`;
  };
}
