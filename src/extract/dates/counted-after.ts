import type { Span } from "../../schema/index.js";
import type { DateHit } from "./date-hit.js";
import { shiftValue } from "./offset.js";
import { splitSentences } from "../../segment/sentences.js";
import { smallNumber } from "../../data/small-numbers.js";

/** "four days after", "a week before", "10 days after": a distance from the clause's own day to another event. */
const COUNTED_AFTER = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week)s?\s+(after|before)\b/gi;
/** A clause about the article's own day or what comes: "will lay off", "is closing", "says", "has ordered". */
const NOW_OR_AHEAD = /\b(?:will|won['’]t|is|are|am|has|have|says|say|plans?|announces?)\b/i;
/** A clause about an earlier day, which only a written date can place: "was arrested two days after the robbery". */
const PAST = /\b(?:was|were|had|did|said|told|\w{3,}ed)\b/i;

/**
 * "N days after EVENT" dates EVENT from the day of the clause it hangs on.
 * "Corvane Nickel will lay off 240 workers, four days after a breach in a
 * tailings dam" (published Monday, March 10): the lay-off news is the
 * article's own day, so the breach is March 6. "Dong resigned Tuesday night,
 * one day after a report" dates the report from Tuesday. A past clause with no
 * written date gives nothing: "was arrested two days after the robbery".
 * `resolved` are the article's dates with values; `reference` its own date.
 */
export function findCountedAfter(text: string, paragraphs: Span[], resolved: DateHit[], reference: string | null): DateHit[] {
  const hits: DateHit[] = [];
  for (const p of paragraphs) {
    const slice = text.slice(p.start, p.end);
    const matches = [...slice.matchAll(COUNTED_AFTER)];
    const sentences = matches.length > 0 ? splitSentences(text, p) : [];
    for (const m of matches) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      if (resolved.some((h) => h.start < end && start < h.end)) continue;
      const sentenceStart = sentences.find((x) => x.start <= start && start < x.end)?.start ?? p.start;
      const day = clauseDay(text.slice(sentenceStart, start), resolved.filter((h) => h.start >= sentenceStart && h.end <= start), reference);
      if (!day) continue;
      const count = (m[1] ?? "").toLowerCase();
      const amount = (smallNumber(count) ?? 1) * ((m[2] ?? "").toLowerCase() === "week" ? 7 : 1);
      const sign = (m[3] ?? "").toLowerCase() === "after" ? -1 : 1;
      const value = shiftValue(day, { unit: "day", amount: sign * amount }, false);
      if (value) hits.push({ start, end, value, anchor: "none" });
    }
  }
  return hits;
}

/** The day the clause before the phrase speaks of: the last full date written in it, else the article's day when it speaks of now. */
function clauseDay(clause: string, dated: DateHit[], reference: string | null): string | null {
  const written = dated.filter((h) => /^\d{4}-\d\d-\d\d/.test(h.value ?? "")).at(-1);
  if (written?.value) return written.value.slice(0, 10);
  if (!reference || !NOW_OR_AHEAD.test(clause) || PAST.test(clause.replace(NOW_OR_AHEAD, ""))) return null;
  return reference.slice(0, 10);
}
