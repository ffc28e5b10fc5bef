/**
 * Prison terms: “threw out his 12-year prison sentence”, “sentenced him to
 * 12 years”, “is serving a 14-year sentence”. Two outlets giving one
 * sentence two lengths cannot both be right.
 */
import type { Span } from "../../schema/index.js";
import { canonicalName, type People } from "../speakers/people.js";
import { withSubject, type FactHit } from "./fact-hit.js";
import { SMALL_NUMBER_WORDS, smallNumber } from "../../data/small-numbers.js";

const AMOUNT = String.raw`(\d{1,3}|${SMALL_NUMBER_WORDS.join("|")})`;
/** “a 12-year prison sentence”, “the 18-month jail term”; not “a four-year term” of office. */
const COMPOUND = new RegExp(String.raw`\b${AMOUNT}-(year|month)\s+(?:(?:(?:prison|jail|custodial|federal|penitentiary)\s+)?sentence|(?:prison|jail)\s+term)\b`, "gi");
/** “sentenced him to 12 years”, “was sentenced to 18 months in jail”. */
const SENTENCED_TO = new RegExp(String.raw`\bsentenced\s+(?:([\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)*|him|her|them)\s+)?to\s+${AMOUNT}\s+(year|month)s?\b`, "giu");

/**
 * Term facts in the sentence `s`: topic `term:sentence[@person]`, value
 * “12 years”. The person is the one sentenced when the sentence names
 * them: “sentenced Ana Pelt to 12 years”, “Pelt, who is serving a 14-year
 * sentence”, “… Ana Pelt but threw out his 12-year sentence”; never the
 * judge who “sentenced him”.
 */
export function findTermFacts(text: string, s: Span, people: People): FactHit[] {
  const sentence = text.slice(s.start, s.end);
  const hits: FactHit[] = [];
  for (const re of [COMPOUND, SENTENCED_TO]) {
    for (const m of sentence.matchAll(re)) {
      const start = s.start + m.index;
      const amount = re === COMPOUND ? m[1] : m[2];
      const unit = (re === COMPOUND ? m[2] : m[3]) ?? "";
      if (!amount) continue;
      const n = smallNumber(amount) ?? 0;
      const value = `${String(n)} ${unit.toLowerCase()}${n === 1 ? "" : "s"}`;
      const who = sentenced(text, s, start, start + m[0].length, people);
      hits.push({ start, end: start + m[0].length, topic: withSubject("term:sentence", who), value });
    }
  }
  return hits;
}

/** The person sentenced: named after “sentenced”, else a person in the sentence who is not the subject of “sentenced”. */
function sentenced(text: string, s: Span, start: number, end: number, people: People): string | null {
  const inside = people.mentions.filter((p) => p.start >= start && p.end <= end);
  const around = people.mentions.filter((p) => p.start >= s.start && p.end <= s.end && !isSentencer(text, p));
  const who = inside[0] ?? (around.length === 1 ? around[0] : undefined);
  return who ? canonicalName(people, who.name, who.start) : null;
}

/** The judge, not the sentenced: “Judge Ana Pelt sentenced him”, “imposed by Justice Ana Pelt”. */
function isSentencer(text: string, p: { start: number; end: number }): boolean {
  return /^\s+(?:who\s+)?sentenced\b/.test(text.slice(p.end, p.end + 20)) || /\b(?:by|Judge|Justice)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(text.slice(Math.max(0, p.start - 40), p.start));
}

/**
 * Drops an unnamed term whose length differs from a named one in the same
 * article: after “Pelt, who is serving a 14-year sentence”, “upheld a
 * 20-year sentence for a former sheriff” is someone else's.
 */
export function dropStrayTerms(hits: FactHit[]): FactHit[] {
  const named = new Set(hits.filter((h) => h.topic.startsWith("term:") && h.topic.includes("@")).map((h) => h.value));
  return hits.filter((h) => !(h.topic.startsWith("term:") && !h.topic.includes("@") && named.size > 0 && !named.has(h.value)));
}
