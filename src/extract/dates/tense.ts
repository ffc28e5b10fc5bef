/**
 * Which way a date without a year or week points: into the coming days
 * ("will hold a meeting Thursday evening"), the past ("was closed April 14"),
 * or neither. Read from the clause the date stands in.
 */
export type Tense = "future" | "past" | "none";

/** Where a clause stops: what lies beyond belongs to another statement. */
const CLAUSE_BREAK = /[.!?;:\u2014\u2013\n"\u201C\u201D]|,\s/;
/** Where a sentence stops. */
const SENTENCE_BREAK = /[.!?;\n]\s/;
/**
 * Words that put a clause ahead of the article: "will reopen", "is to meet",
 * "plans to", "scheduled", "next", and the present of a scheduled start or
 * end ("the session opens in January", "the trial begins March 3"): news
 * gives a timetable in the present.
 */
const FUTURE = /(?:\b(?:expects?|will|won['\u2019]t|shall|would|is to|are to|was to|were to|plans? to|planning to|planned|scheduled|set to|expected|due|going to|next|upcoming|coming|takes? effect|opens|begins|starts|resumes|reopens|expires|kicks off|wraps up)\b|['\u2019]ll\b)/i;
const FUTURE_ALL = new RegExp(FUTURE.source, "gi");
/** Words that put a clause behind the article: "was", "had", "said", "closed". */
const PAST = /\b(?:was|were|had|did|said|told|ago|went|came|took|gave|began|\w{3,}ed)\b/i;
/** Past auxiliaries that overrule a future word before them: "the minister who will replace her was named Tuesday". */
const STRONG_PAST = /\b(?:was|were|had|did|said|told)\b/gi;
/** Words that do not make a clause: what may stand before a date that opens its sentence ("On Thursday, …"). */
const OPENER = /^\s*(?:(?:on|by|at|in|from|until|since|starting|beginning|early|late|the)\s+)*$/i;

/**
 * The tense of the clause around the expression at `start`..`end` of `text`.
 * Looks at the words before it in its clause, where a future word wins over
 * any later word but a past auxiliary ("will hold a meeting for affected
 * members Thursday": "affected" is no past; "who will replace her was named
 * Tuesday": past); when the date opens its sentence, at the rest of the sentence, where the
 * first tense word wins ("On Monday, the company announced it would …" → past).
 * "On April 14, the plant will reopen" → future; "The mill closed April 14" → past.
 */
export function readTense(text: string, start: number, end: number): Tense {
  const window = text.slice(Math.max(0, start - 200), start);
  const parts = window.split(CLAUSE_BREAK);
  const last = parts.at(-1) ?? "";
  // “trains would follow “by the weekend,”: a date opening a partial quotation takes the writer's clause before the mark.
  const opensQuote = parts.length > 1 && OPENER.test(last) && /[“"]/.test(window.charAt(window.length - last.length - 1));
  const before = opensQuote ? `${parts.at(-2) ?? ""} ${last}` : last;
  // "Tomasz's funeral is Tuesday at St. Casimir's": a present copula right before the date sets a timetable.
  if (/\b(?:is|are)\s+(?:on\s+|set\s+for\s+)?$/i.test(before)) return "future";
  if (!OPENER.test(before)) {
    const future = lastIndex(before, FUTURE_ALL);
    if (future >= 0 && future > lastIndex(before, STRONG_PAST)) return "future";
    return PAST.test(before) ? "past" : "none";
  }
  const after = text.slice(end, end + 200).split(SENTENCE_BREAK)[0] ?? "";
  const future = FUTURE.exec(after)?.index ?? Infinity;
  const past = PAST.exec(after)?.index ?? Infinity;
  if (future === past) return "none";
  return future < past ? "future" : "past";
}

function lastIndex(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}
