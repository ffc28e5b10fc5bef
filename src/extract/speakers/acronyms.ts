import type { Span } from "../../schema/index.js";

/** A bracketed acronym after the name it abbreviates: "Eastbank Housing Authority (EHA)". */
const DEFINED = /\(([A-Z]{2,8})\)/g;
/** Lower-case words a name's initials skip: "Ministry of Health and Care (MHC)". */
const SKIPPED = new Set(["and", "of", "for", "the", "de", "du", "des", "la", "le", "on", "&"]);

/**
 * Acronyms the article defines, each with the full name it stands for:
 * "Harbour Water and Power (HWP) said …" → HWP → "Harbour Water and Power".
 * The capitalised words before the bracket must spell the acronym, so that
 * "in a letter to the board (PDF)" defines nothing. The fullest form the
 * article gives is the speaker's name; "HWP said" later means the same body.
 */
export function definedAcronyms(text: string, paragraphs: readonly Span[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const p of paragraphs) {
    const seg = text.slice(p.start, p.end);
    for (const m of seg.matchAll(DEFINED)) {
      const acronym = m[1] ?? "";
      const name = spelledBy(seg.slice(Math.max(0, m.index - 120), m.index), acronym);
      if (name && !found.has(acronym)) found.set(acronym, name);
    }
  }
  spelledOutAcronyms(text, paragraphs, found);
  return found;
}

/** A run of capitalised words, joined by spaces, commas or the words a name's initials skip. */
const NAME_CHAIN = /\p{Lu}[\p{L}’'-]*(?:,?\s+(?:(?:and|of|for|the|&)\s+)*\p{Lu}[\p{L}’'-]*)+/gu;
const ACRONYM_WORD = /\b[A-Z]{3,6}\b/g;

/**
 * Acronyms used without brackets whose full name the article writes out
 * elsewhere: "a letter from Eastbank Water, Parks and Roads Department …
 * EWPRD said" → EWPRD → "Eastbank Water, Parks and Roads Department". Each
 * capitalised word of the name gives one letter, in order; the first such
 * name wins. Adds to `found`; a bracketed definition is kept.
 */
function spelledOutAcronyms(text: string, paragraphs: readonly Span[], found: Map<string, string>): void {
  const segs = paragraphs.map((p) => text.slice(p.start, p.end));
  const used = new Set(segs.flatMap((seg) => seg.match(ACRONYM_WORD) ?? []).filter((a) => !found.has(a)));
  if (used.size === 0) return;
  for (const seg of segs) {
    for (const m of seg.matchAll(NAME_CHAIN)) {
      const caps = m[0].split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w));
      const initials = caps.map((w) => w[0]).join("");
      if (caps.length >= 3 && used.has(initials) && !found.has(initials)) found.set(initials, m[0]);
    }
  }
}

/** The words at the end of `before` whose initials spell `acronym`, or null. */
function spelledBy(before: string, acronym: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  let letter = acronym.length - 1;
  let k = words.length - 1;
  for (; k >= 0 && letter >= 0; k--) {
    const w = (words[k] ?? "").replace(/[,;:]$/, "").replace(/[’']s$/, "");
    if (SKIPPED.has(w) && letter < acronym.length - 1) continue;
    if (!/^\p{Lu}/u.test(w) || w[0] !== acronym[letter]) return null;
    letter--;
  }
  if (letter >= 0) return null;
  return words.slice(k + 1).join(" ").replace(/[,;:]$/, "");
}
