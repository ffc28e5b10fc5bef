/**
 * Amount facts that outlets copy and miscopy: a vote's tally (“voting 8-5” /
 * “voted 9-4”), money a body was fined or a project costs (“fined the
 * company $56,000” / “was fined $65,000”; “a $410 million plan” / “will cost
 * $480 million”), and a size written as a hyphenated measure (“the
 * 1,240-metre level” / “the 1,420-metre level”). Each is compared within
 * one story only: two stories have two votes, two fines, two mines.
 */
import type { Span } from "../../schema/index.js";
import { matchHit, type FactHit } from "./fact-hit.js";

/** “voting 8-5”, “an 8-5 vote”, “by a vote of 9-4”, “Thursday’s 5-2 decision”. */
const TALLY = /\b(?:vot(?:ed|ing|es)\s+(\d{1,3})[-–](\d{1,3})\b|(?:vote\s+of\s+)(\d{1,3})[-–](\d{1,3})\b|(\d{1,3})[-–](\d{1,3})\s+(?:vote|decision|ruling|split|majority)\b)/gi;

/** An amount of dollars: “$56,000”, “$410 million”, “$1.2 billion”, “$410-million”. */
const MONEY = String.raw`\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[\s-](million|billion|thousand))?`;
/** Nouns a sum of money is the price of: “a $410 million plan”. */
const PRICED = "project|plan|development|proposal|expansion|renovation|redevelopment|deal|contract|budget|settlement|fine|penalty";
/** Who was fined or what costs: “fined the company $56,000”, “was fined $65,000”, “will cost $480 million”. */
const MONEY_VERB = new RegExp(String.raw`\b(fined|fines|cost|costs|costing)\s+(?:(?:the|a|an|its|their|them|him|her|it|us)\s+(?:[a-z-]+\s+)?)?(?:about\s+|roughly\s+|nearly\s+|almost\s+|an\s+estimated\s+)?${MONEY}`, "gi");
const MONEY_NOUN = new RegExp(String.raw`${MONEY}\s+(?:[a-z-]+\s+)?(${PRICED})\b`, "gi");
const A_FINE_OF = new RegExp(String.raw`\b(fine|penalty)\s+of\s+${MONEY}`, "gi");
/** Nouns priced as the whole undertaking's cost, one key: “a $410 million plan” is its cost. */
const COST_NOUNS = new Set(["project", "plan", "development", "proposal", "expansion", "renovation", "redevelopment", "deal", "contract", "budget"]);

/** A hyphenated measure before its noun: “the 1,240-metre level”, “a 28-storey tower”. */
const MEASURE = /\b(\d{1,3}(?:,\d{3})*|\d+(?:\.\d+)?)-(metre|meter|foot|feet|kilometre|kilometer|km|mile|storey|story|hectare|acre|tonne|ton)\s+([a-z]+)\b/gi;

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** A sum given roughly: “about $46 million”, “more than $2 million” (compared as ranges, see count-value.ts). */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|estimated|more\s+than|over|some)\s+$/i;

/** Dollars as a plain number string: "$410 million" → "410000000", "$56,000" → "56000". */
function dollars(amount: string, scale: string | undefined): string {
  const n = Number(amount.replace(/,/g, "")) * (SCALE[(scale ?? "").toLowerCase()] ?? 1);
  return String(Math.round(n));
}

/** Money keyed on what it is: a fine, or a cost. */
function moneyKey(word: string): string {
  const w = word.toLowerCase();
  if (/^fine|^penalt/.test(w)) return "fine";
  return COST_NOUNS.has(w) || /^cost/.test(w) ? "cost" : w;
}

/**
 * Tallies, sums and measures in the sentence `s`: "tally:vote" = "8-5";
 * "money:fine" = "56000", "money:cost" = "410000000"; "measure:level|metre"
 * = "1240"; a rough sum leads with "~". Topics are compared within one story.
 */
export function findAmountFacts(text: string, s: Span): FactHit[] {
  const sentence = text.slice(s.start, s.end);
  const hits: FactHit[] = [];
  const push = (m: RegExpMatchArray, topic: string, value: string) => hits.push(matchHit(m, s.start, topic, value));
  for (const m of sentence.matchAll(TALLY)) {
    const [a, b] = [m[1] ?? m[3] ?? m[5], m[2] ?? m[4] ?? m[6]];
    // “won 4-2”, “a 3-1 lead” never reach here: the pattern needs a vote or ruling word.
    if (a && b && Number(a) >= Number(b)) push(m, "tally:vote", `${a}-${b}`);
  }
  const hedge = (m: RegExpMatchArray): string => (HEDGED.test(sentence.slice(Math.max(0, (m.index ?? 0) - 16), (m.index ?? 0) + m[0].indexOf("$"))) ? "~" : "");
  for (const m of sentence.matchAll(MONEY_VERB)) push(m, `money:${moneyKey(m[1] ?? "")}`, hedge(m) + dollars(m[2] ?? "", m[3]));
  for (const m of sentence.matchAll(MONEY_NOUN)) push(m, `money:${moneyKey(m[3] ?? "")}`, hedge(m) + dollars(m[1] ?? "", m[2]));
  for (const m of sentence.matchAll(A_FINE_OF)) push(m, "money:fine", hedge(m) + dollars(m[2] ?? "", m[3]));
  for (const m of sentence.matchAll(MEASURE)) {
    const unit = (m[2] ?? "").toLowerCase().replace(/er$/, "re").replace(/^feet$/, "foot").replace(/^story$/, "storey");
    push(m, `measure:${(m[3] ?? "").toLowerCase()}|${unit}`, (m[1] ?? "").replace(/,/g, ""));
  }
  return hits;
}
