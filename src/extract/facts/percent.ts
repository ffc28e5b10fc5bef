/**
 * Percentage facts: the size of a raise or cut, or how far a stock moved.
 * “raises totalling 13.5 per cent” and “a 15.5 per cent raise” in two
 * outlets' stories of one deal cannot both be right; nor can “Shares of
 * Orlan closed down 12 per cent” and “Orlan's stock fell 21 per cent” on one
 * day. Compared within one story only: a story about inflation gives many
 * percentages a month apart.
 */
import type { Span } from "../../schema/index.js";
import { matchHit, type FactHit } from "./fact-hit.js";

/** A percentage: “13.5 per cent”, “12 percent”, “21%”. */
const PCT = String.raw`(\d{1,3}(?:\.\d{1,2})?)(?:\s?%|\s+per\s?cent\b|\s+percent\b)`;

/** Nouns a percentage sizes, folded to one key: a raise, an increase and a hike are one; so are cuts. */
const SIZED_NOUNS: ReadonlyMap<string, string> = new Map([
  ["raise", "increase"], ["raises", "increase"], ["increase", "increase"], ["increases", "increase"], ["hike", "increase"],
  ["hikes", "increase"], ["cut", "cut"], ["cuts", "cut"], ["reduction", "cut"], ["reductions", "cut"],
  ["decrease", "cut"], ["decreases", "cut"],
]);
const NOUNS = [...SIZED_NOUNS.keys()].join("|");

/** “a 15.5 per cent raise”, “a 3% wage increase”. */
const BEFORE_NOUN = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+${PCT}\s+(?:[a-z]+\s+)?(${NOUNS})\b`, "g");
/** “raises totalling 13.5 per cent”, “wage increases of 13.5 per cent”. */
const AFTER_NOUN = new RegExp(String.raw`\b(${NOUNS})\s+(?:totall?ing|of|worth|amounting\s+to|averaging)\s+${PCT}`, "g");

/** Verbs of a stock's move, folded to a direction. */
const MOVES: ReadonlyMap<string, string> = new Map([
  ["fell", "fall"], ["dropped", "fall"], ["declined", "fall"], ["slid", "fall"], ["plunged", "fall"], ["sank", "fall"],
  ["tumbled", "fall"], ["lost", "fall"], ["down", "fall"], ["rose", "rise"], ["gained", "rise"], ["jumped", "rise"],
  ["climbed", "rise"], ["soared", "rise"], ["up", "rise"],
]);
/** “Shares of Orlan closed down 12 per cent”, “Orlan's stock fell 21 per cent”. */
const STOCK_MOVE = new RegExp(
  String.raw`\b(?:shares|stock)\b[^.;:!?]{0,40}?\b(?:closed\s+|were\s+|was\s+|ended\s+)?(${[...MOVES.keys()].join("|")})\s+(?:by\s+)?${PCT}`,
  "gi",
);

/**
 * Percentage facts in the sentence `s`: topic `pct:<what is sized>`, value
 * the number as written (“13.5”). “a 15.5 per cent raise” → "pct:increase"
 * = "15.5"; “Orlan's stock fell 21 per cent” → "pct:share|fall" = "21".
 */
export function findPercentFacts(text: string, s: Span): FactHit[] {
  const sentence = text.slice(s.start, s.end);
  const hits: FactHit[] = [];
  const push = (m: RegExpMatchArray, value: string, topic: string) => hits.push(matchHit(m, s.start, topic, value));
  for (const m of sentence.matchAll(BEFORE_NOUN)) push(m, m[1] ?? "", `pct:${SIZED_NOUNS.get(m[2] ?? "") ?? ""}`);
  for (const m of sentence.matchAll(AFTER_NOUN)) push(m, m[2] ?? "", `pct:${SIZED_NOUNS.get(m[1] ?? "") ?? ""}`);
  for (const m of sentence.matchAll(STOCK_MOVE)) push(m, m[2] ?? "", `pct:share|${MOVES.get((m[1] ?? "").toLowerCase()) ?? ""}`);
  return hits;
}
