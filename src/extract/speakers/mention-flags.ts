import type { Span } from "../../schema/index.js";
import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";

/** ", 50." / ", 76, recalls" / ", who joined the board": what a writer puts after a person's name when bringing them in. */
const INTRODUCTION_AFTER = /^,\s*(?:\d{1,3}(?=[,.;:]|\s*$)|who\b)/;

/**
 * Whether the run writes a full name with an age or a "who" clause after
 * it. A person brought in that way is who the next "he"
 * or "she" means, even after a preposition: "… positive results for
 * accountant Ana Silva, 50. “…,” she says." is Silva, not the last subject.
 */
export function isIntroduction(text: string, r: Span, name: string): boolean {
  return name.includes(" ") && INTRODUCTION_AFTER.test(text.slice(r.end, r.end + 40));
}

const FRONTED_AFTER = /^,\s*(?:he|she)\s+([a-z]+),/;

/**
 * Whether the name at `end` is fronted before a parenthetical "he said,":
 * "“…,” said Ana Silva. Vega, she said, “knows the file.”" The words are
 * about Vega; the "she" who says them is someone named earlier.
 */
export function isFronted(text: string, end: number): boolean {
  const m = FRONTED_AFTER.exec(text.slice(end, end + 30));
  return m?.[1] !== undefined && REPORTING_VERB_FORMS.has(m[1]);
}
