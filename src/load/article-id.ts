/**
 * Short, lowercase, stable article keys that `--outlet` matches.
 */
import type { OutletEvidence } from "../schema/index.js";
import { baseName } from "./outlet.js";

/**
 * The key for an outlet name: its all-caps word ("CBC News" → "cbc", "CTV
 * News" → "ctv"), a single word as is ("Reuters" → "reuters"), else the
 * initials of its capitalised words ("National Post" → "np", "The Social
 * Talks" → "tst"). Named from the file ("001_35d4….txt" → "f001") when no
 * outlet is known.
 */
export function makeArticleKey(outlet: string, evidence: OutletEvidence, file: string): string {
  if (evidence === "file-name") return fileKey(file);
  const words = outlet.split(/[\s-]+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean);
  const caps = words.find((w) => w.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w));
  if (caps) return caps.toLowerCase();
  if (words.length === 1) return (words[0] ?? "a").toLowerCase();
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const initials = (capitalised.length ? capitalised : words).map((w) => w.charAt(0)).join("");
  return initials.toLowerCase() || "a";
}

/** "seeds/001_35d4e9eb7641ca1a.txt" → "f001"; "guardian.txt" → "guardian". */
function fileKey(file: string): string {
  const stem = baseName(file).replace(/\.[^.]*$/, "");
  const head = (stem.split("_")[0] ?? stem).toLowerCase().replace(/[^\p{L}\p{N}]/gu, "") || "file";
  return /^\p{N}/u.test(head) ? `f${head}` : head;
}

/**
 * Makes keys unique in order of appearance: a second "cbc" becomes "cbc2",
 * a third "cbc3"; a key ending in a digit takes a hyphen ("f012-2").
 */
export function uniqueKeys(keys: string[]): string[] {
  const used = new Set<string>();
  return keys.map((key) => {
    let candidate = key;
    const joint = /\d$/.test(key) ? "-" : "";
    for (let n = 2; used.has(candidate); n += 1) candidate = `${key}${joint}${n}`;
    used.add(candidate);
    return candidate;
  });
}
