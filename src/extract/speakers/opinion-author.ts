/**
 * A court's written words are its opinion's author's. An article may quote
 * “…,” the court wrote, and name the writer elsewhere: "Chief Justice Ana
 * Pelt, who wrote the majority opinion, said …". The quotation is then hers.
 */
import { resolveSubject } from "./resolve.js";
import type { SpeakerScene } from "./scene.js";

/** A bench speaking as one: "the court", "the state Supreme Court", "the justices", "the majority", "the ruling". */
const BENCH = /^the\s+(?:[\w-]+\s+){0,3}(?:court|justices|judges|majority|panel|ruling|decision|opinion|judgment)$/i;

/** A person's name with any title before it: "Chief Justice Ana Pelt", "Justice Lee". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
const WRITING = String.raw`(?:opinion|decision|ruling|judgment|judgement)`;
const BENCH_NOUN = String.raw`(?:majority|court|panel|bench)`;
/** Ways news names who wrote an opinion. */
const AUTHOR_PATTERNS: readonly RegExp[] = [
  // "Chief Justice Ana Pelt, who wrote the majority opinion, said"
  new RegExp(String.raw`(${NAME}),\s+who\s+(?:wrote|authored|penned)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}${WRITING}`, "gu"),
  // "Justice Ana Pelt wrote for the majority", "… wrote for a unanimous court"
  new RegExp(String.raw`(${NAME})\s+(?:wrote|writes|writing)\s+(?:for|on\s+behalf\s+of)\s+(?:the|a)\s+(?:[\w-]+\s+)?${BENCH_NOUN}`, "gu"),
  // "Writing for the majority, Justice Ana Pelt said"
  new RegExp(String.raw`[Ww]riting\s+for\s+(?:the|a)\s+(?:[\w-]+\s+)?${BENCH_NOUN},\s+(${NAME})`, "gu"),
  // "Chief Justice Ana Pelt wrote in Thursday's 5-2 decision"
  new RegExp(String.raw`(${NAME})\s+wrote\s+in\s+(?:the|a|\p{Lu}\p{L}+['’]s)\s+(?:[\w-]+\s+){0,2}${WRITING}`, "gu"),
  // "the opinion, written by Justice Ana Pelt"
  new RegExp(String.raw`${WRITING},?\s+(?:written|authored|penned)\s+by\s+(${NAME})`, "gu"),
];

/**
 * The author of the opinion a bench phrase stands for, when the article
 * names exactly one: "the court" in "“…,” the court wrote" → "Ana Pelt" when
 * the article says "Chief Justice Ana Pelt, who wrote the majority opinion".
 * Null for any other phrase, and when no one or several people are named as
 * writers (a dissent's author is not the court's).
 */
export function opinionAuthor(scene: SpeakerScene, phrase: string): string | null {
  if (!BENCH.test(phrase.trim())) return null;
  const authors = new Set<string>();
  for (const re of AUTHOR_PATTERNS) {
    for (const m of scene.text.matchAll(re)) {
      // "Justice Lee wrote in a dissenting opinion": the dissent is not the court's.
      if (/dissent|concurr/i.test(m[0])) continue;
      const name = m[1] ?? "";
      const person = resolveSubject(name, (m.index ?? 0) + m[0].indexOf(name), scene.people, null);
      if (person && /\s/.test(person) && !BENCH.test(`the ${person}`)) authors.add(person);
    }
  }
  return authors.size === 1 ? ([...authors][0] ?? null) : null;
}
