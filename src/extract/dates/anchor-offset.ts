import type { Span } from "../../schema/index.js";
import { splitSentences } from "../../segment/sentences.js";
import type { DateHit } from "./date-hit.js";
import { shiftValue } from "./offset.js";

/**
 * The value of an offset hit, moved from the date just mentioned: the dates
 * earlier in its sentence, else in the sentence before (within the article's
 * paragraphs), when they agree on one value; otherwise null.
 * "She was first elected in 2019 and became minister two years later" → 2021;
 * "The breach happened on Tuesday, March 4. Crews began pumping the same day." → March 4.
 */
export function valueFromOffset(h: DateHit, earlier: DateHit[], text: string, content: Span[]): string | null {
  if (!h.offset) return null;
  const sentences = sentencesAround(h, text, content);
  for (const s of sentences) {
    const inside = earlier.filter((e) => e.start >= s.start && e.end <= Math.min(s.end, h.start) && preciseEnough(e.value, h));
    if (inside.length === 0) continue;
    const values = new Set(inside.map((e) => e.value));
    const anchor = inside.at(-1);
    if (values.size !== 1 || !anchor?.value) return null;
    const night = /\b(?:night|evening|overnight)\b/i.test(text.slice(anchor.start, anchor.end));
    return shiftValue(anchor.value, h.offset, night);
  }
  return null;
}

/** The hit's sentence, then the one before it (possibly the previous paragraph's last). */
function sentencesAround(h: DateHit, text: string, content: Span[]): Span[] {
  const paras = [...content].sort((a, b) => a.start - b.start);
  const i = paras.findIndex((p) => p.start <= h.start && h.end <= p.end);
  const para = paras[i];
  if (!para) return [];
  const own = splitSentences(text, para);
  const j = own.findIndex((s) => s.start <= h.start && h.start < s.end);
  if (j < 0) return [];
  const out: Span[] = [own[j] ?? para];
  const prev = j > 0 ? own[j - 1] : paras[i - 1] ? splitSentences(text, paras[i - 1] ?? para).at(-1) : undefined;
  if (prev) out.push(prev);
  return out;
}

/**
 * A month offset needs a date with a month, a day offset one with a day:
 * in "reported in July 2022. Renwick, who had been treasurer since 2011,
 * resigned the following month" the month counts from July 2022, not 2011.
 */
function preciseEnough(value: string | null, h: DateHit): boolean {
  if (!value) return false;
  if (h.offset?.unit === "month") return /^\d{4}-\d\d/.test(value);
  if (h.offset?.unit === "day") return /^\d{4}-\d\d-\d\d/.test(value);
  return true;
}
