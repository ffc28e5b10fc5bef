import type { Span } from "../../schema/index.js";
import { FIRST_NAME_GENDER } from "../../data/first-names.js";
import { splitSentences } from "../../segment/sentences.js";
import type { People } from "./people.js";

/** The fullest form of a name the article gives (people.ts's canonicalName, passed in to keep the modules acyclic). */
type Canonical = (people: People, name: string) => string;

type Gender = "m" | "f";

const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ["he", "m"], ["him", "m"], ["his", "m"], ["himself", "m"],
  ["she", "f"], ["her", "f"], ["hers", "f"], ["herself", "f"],
]);

/**
 * The gender a full name's given name tells: "Maria Okafor" → "f",
 * "Luis Vega" → "m"; null for a single word or a given name used by both
 * sexes ("Jordan Reyes").
 */
export function givenNameGender(fullName: string): Gender | null {
  const words = fullName.split(/\s+/);
  if (words.length < 2) return null;
  return FIRST_NAME_GENDER.get((words[0] ?? "").toLowerCase()) ?? null;
}

/**
 * Fills `people.gender` for names the honorifics left open: first from the
 * given name ("Maria Okafor"), then from the pronouns the article uses for a
 * person who is the only one named in a sentence: "Okonkwo, a resident of
 * the town, was at home when she heard the water" → "f"; "Okonkwo says he
 * never went back" → "m". A name with votes both ways stays unknown.
 * Pronouns inside `quotes` are the speaker's words and do not count.
 */
export function inferGenders(text: string, paragraphs: readonly Span[], quotes: readonly Span[], people: People, canonicalName: Canonical): void {
  for (const full of people.fullNames.keys()) {
    const g = givenNameGender(full);
    if (g && !people.gender.has(full)) people.gender.set(full, g);
  }
  const votes = new Map<string, { m: number; f: number }>();
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p)) voteSentence(text, s, quotes, people, votes, canonicalName);
  }
  for (const [name, v] of votes) {
    if (people.gender.has(name)) continue;
    if (v.m > 0 && v.f === 0) people.gender.set(name, "m");
    else if (v.f > 0 && v.m === 0) people.gender.set(name, "f");
  }
}

function voteSentence(text: string, s: Span, quotes: readonly Span[], people: People, votes: Map<string, { m: number; f: number }>, canonicalName: Canonical): void {
  const inSentence = people.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const names = new Set(inSentence.map((m) => canonicalName(people, m.name)));
  const first = inSentence[0];
  if (names.size !== 1 || !first?.subjectLike) return;
  const name = canonicalName(people, first.name);
  const re = /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi;
  const seg = text.slice(first.end, s.end);
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const at = first.end + m.index;
    if (quotes.some((q) => at >= q.start && at < q.end)) continue;
    const g = PRONOUN_GENDER.get(m[0].toLowerCase());
    if (!g) continue;
    const v = votes.get(name) ?? { m: 0, f: 0 };
    v[g]++;
    votes.set(name, v);
  }
}
