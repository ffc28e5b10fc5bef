/**
 * Line-level rules that say a line is not article content, from the phrase
 * lists in src/data/boilerplate.ts. Each rule looks at one trimmed line only;
 * context rules (headline, byline, epigraph) live beside the article builder.
 */
import type { Exclusion } from "../schema/index.js";
import {
  BOILERPLATE_LINES, CAPTION_LINES, COPYRIGHT_LINE, METADATA_LINES, PROMO_LINES,
} from "../data/boilerplate.js";
import { isDateLine } from "./parse-date-line.js";
import { countWords } from "./lines.js";

/** Why a line is left out of the content, or null when it is content. */
export type LineReason = Exclusion["reason"] | null;

/**
 * Whether a line is only a URL: "https://www.cbc.ca/news/politics/han-dong-1.6787960".
 * Copied articles end with their address, so such a line closes an article.
 */
export function isUrlLine(text: string): boolean {
  return /^(https?:\/\/|www\.)[^\s]+$/i.test(text);
}

/**
 * The outlet a copyright footer names, or null when the line is no footer:
 * "© 2015 - 2024 Conservative Institute. All Rights Reserved." → "Conservative
 * Institute". A line that merely mentions copyright in a sentence is no footer.
 */
export function copyrightHolder(text: string): string | null {
  if (countWords(text) > 16) return null;
  const m = COPYRIGHT_LINE.exec(text);
  if (!m) return null;
  const name = (m[1] ?? "").replace(/^(by|the property of)\s+/i, "").replace(/[\s.,;:]+$/, "").trim();
  return name;
}

/**
 * The reason a line, on its own, is not content: "Leave A Reply" is
 * boilerplate, "Capital Dispatch: Sign up for …" a promo, "… / The Canadian
 * Press PHOTO BY …" a caption, "Edited by: Jane Roe" or a URL or a dateline
 * metadata. Ordinary body lines give null.
 */
export function classifyLine(text: string): LineReason {
  if (!text) return null;
  if (isUrlLine(text)) return "metadata";
  if (BOILERPLATE_LINES.some((re) => re.test(text)) || copyrightHolder(text) !== null) return "boilerplate";
  if (METADATA_LINES.some((re) => re.test(text))) return "metadata";
  if (CAPTION_LINES.some((re) => re.test(text))) return "caption";
  if (PROMO_LINES.some((re) => re.test(text)) && countWords(text) <= 30) return "promo";
  if (isDateLine(text)) return "metadata";
  return null;
}
