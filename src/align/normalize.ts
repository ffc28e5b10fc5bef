/**
 * Normalised word views of a text: each token keeps its span in the source, so
 * anything found on the view can be pointed back at exact characters.
 */

/** One word of a view: `norm` is folded (case, quote style, accents), `start`/`end` index the source. */
export interface WordToken {
  norm: string;
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘`´.][\p{L}\p{N}]+)*/gu;

/**
 * Words of `text` with offsets shifted by `base` (the text's start in its
 * file). Case, accents and apostrophe style are folded and brackets, commas
 * and quote marks dropped, so “I’m taking” and "I'm taking" give the same
 * norms, and "to [sit] in" reads as "to sit in".
 * @example tokenizeWords("Let me be clear.", 10)[3] // { norm: "clear", raw: "clear", start: 20, end: 25 }
 */
export function tokenizeWords(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    out.push({ norm: foldWord(raw), raw, start: base + m.index, end: base + m.index + raw.length });
  }
  return out;
}

/**
 * A word folded for comparison: lower case, accents stripped, every apostrophe
 * straight, periods between letters dropped ("U.S." → "us", "I’ve" → "i've"); a
 * hyphen splits words ("fact-based" → "fact", "based") and "1.5" keeps its point.
 */
export function foldWord(raw: string): string {
  return raw
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’‘`´]/g, "'")
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, "");
}
