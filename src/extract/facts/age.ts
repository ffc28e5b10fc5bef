/**
 * Age facts: the age an outlet gives a person, “Renwick, 58, was found
 * guilty”, “a 24-year-old seasonal firefighter was burned”. Two outlets
 * giving one person two ages cannot both be right.
 */
import type { Span } from "../../schema/index.js";
import { AGE_PERSON_NOUNS, PERSON_ROLE_NOUNS, SPEAKER_NOUNS } from "../../data/titles.js";
import { canonicalName, type People } from "../speakers/people.js";
import type { FactHit } from "./fact-hit.js";

/** An age set off by commas or brackets after a name: “Renwick, 58,” / “Ana Pelt (41)”. */
const NAME_AGE = /(?:,\s(\d{1,3})(?=[,.;]\s|\s*$)|\s\((\d{1,3})\))/gu;
/** “a 24-year-old”, “the 34-year-old”: the age, then up to four words of the noun phrase. */
const YEAR_OLD = /\b(\d{1,3})-year-old\b((?:\s+[\p{L}’'-]+){0,4})/gu;

/**
 * Age facts in the sentence `s`: topic `age:<canonical name, lower case>`
 * for a named person (“Renwick, 58,” → "age:tobias renwick" = "58"), else
 * `age:~<noun>` for the person noun the age describes (“a 24-year-old
 * seasonal firefighter” → "age:~firefighter" = "24"; the tilde keeps a noun
 * apart from a surname).
 */
export function findAgeFacts(text: string, s: Span, people: People): FactHit[] {
  const sentence = text.slice(s.start, s.end);
  const hits: FactHit[] = [];
  for (const m of sentence.matchAll(NAME_AGE)) {
    const at = s.start + m.index;
    const person = people.mentions.find((p) => p.end === at);
    const age = m[1] ?? m[2] ?? "";
    if (!person || !plausible(age)) continue;
    const name = canonicalName(people, person.name, person.start);
    hits.push({ start: person.start, end: at + m[0].replace(/[,)]$/, "").length, topic: `age:${name.toLowerCase()}`, value: age });
  }
  for (const m of sentence.matchAll(YEAR_OLD)) {
    const at = s.start + m.index;
    const age = m[1] ?? "";
    if (!plausible(age)) continue;
    const rest = m[2] ?? "";
    const noun = personNoun(rest);
    // “a 24-year-old Ana Pelt” names her; in “a 34-year-old Cedar Fork firefighter” the name is the noun's modifier.
    const named = noun ? undefined : people.mentions.find((p) => p.start > at && p.start <= at + m[0].length - rest.length + 2);
    const before = people.mentions.find((p) => /^,\s+(?:a|an|the)\s+$/i.test(text.slice(p.end, at)));
    const who = named ?? before;
    if (who) {
      hits.push({ start: at, end: at + m[0].length - rest.length, topic: `age:${canonicalName(people, who.name, who.start).toLowerCase()}`, value: age });
      continue;
    }
    if (!noun) continue;
    const end = at + m[0].length - rest.length + rest.indexOf(noun.raw) + noun.raw.length;
    hits.push({ start: at, end, topic: `age:~${noun.key}`, value: age });
  }
  return hits;
}

/** An age a person can have: “a 3-year-old boy” to “a 104-year-old veteran”. */
function plausible(age: string): boolean {
  const n = Number(age);
  return n > 0 && n < 120;
}

/** The first word after the age that names a person, plural folded: “seasonal firefighter with” → firefighter. */
function personNoun(rest: string): { raw: string; key: string } | null {
  for (const raw of rest.trim().split(/\s+/)) {
    const w = raw.toLowerCase().replace(/[’']s$/, "");
    const single = w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
    for (const key of [w, single]) if (AGE_PERSON_NOUNS.has(key) || PERSON_ROLE_NOUNS.has(key) || SPEAKER_NOUNS.has(key)) return { raw, key: single };
  }
  return null;
}
