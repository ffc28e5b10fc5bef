/**
 * Role facts: the title an outlet gives a person, “NDP leader Jagmeet
 * Singh”, “Huawei CFO Meng Wanzhou”. Outlets word titles differently
 * (“Ontario MPP” / “Ontario Congressman” in a translation), so roles are
 * compared for wording, never as contradictions.
 */
import { tokenizeWords, type WordToken } from "../../align/normalize.js";
import { TITLE_WORDS } from "../../data/titles.js";
import { canonicalName, type People } from "../speakers/people.js";
import type { FactHit } from "./fact-hit.js";

/**
 * An executive's title set off by commas after the name, with its company as
 * a possessive or “the company's”: “Gideon Marsh, the company's president and
 * chief executive,” / “Celeste Navarro, Orlan's vice-president of
 * communications,”. Ranks in one company exclude each other (see role-clash.ts).
 */
const EXECUTIVE_AFTER = /^,\s+(?:the\s+(?:company|firm|utility|bank|airline|group)['’]s\s+|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s?\s+)((?:(?:executive|senior)\s+)?(?:president and chief executive(?: officer)?|chief executive(?: officer)?|chief operating officer|chief financial officer|vice[- ]president(?: of [a-z]+(?: [a-z]+)?)?|president))(?=[,.;])/u;

/** A role phrase spans at most this many words, and is read from this many characters before the name. */
const ROLE_REACH = 5;
const LOOK_BACK = 80;
/** Titles that are courtesy, not role: “Mr. Ana Pelt”, “Dr. Ana Pelt”. */
const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "hon", "honourable", "honorable", "rev",
  "reverend", "father", "sister", "brother",
]);
/** Modifiers of a role that are no role alone: “the late Ana Pelt”, “then Ana Pelt said”. */
const ROLE_MODIFIERS = new Set(["former", "late", "then", "acting", "interim", "host", "anchor", "general", "justice", "forward", "centre"]);

/**
 * Role facts for every full name the article writes after a title: topic
 * `role:<full name, lower case, middle initials dropped>` (“Ana B. Pelt” is
 * Ana Pelt), value the role phrase as written. The
 * phrase is the title words and capitalised words right before the name,
 * with only spaces between: “Huawei CFO Ana Pelt” → "role:ana pelt" =
 * "Huawei CFO"; “former Prime Minister Ana Pelt” → "former Prime
 * Minister". “Mr. Ana Pelt”, “said Ana Pelt” and “the late Ana Pelt” give none.
 */
export function findRoleFacts(text: string, people: People): FactHit[] {
  const hits: FactHit[] = [];
  for (const m of people.mentions) {
    if (!m.name.includes(" ")) continue;
    const appositive = EXECUTIVE_AFTER.exec(text.slice(m.end, m.end + 120));
    if (appositive?.[1]) {
      const name = canonicalName(people, m.name, m.start).replace(/ \p{Lu}\.?(?= )/gu, "");
      const end = m.end + appositive[0].length;
      hits.push({ start: m.start, end, topic: `role:${name.toLowerCase()}`, value: appositive[1] });
    }
    const from = Math.max(0, m.start - LOOK_BACK);
    const words = tokenizeWords(text.slice(from, m.start), from);
    const first = roleStart(text, words, m.start, people.commonWords);
    const head = words.at(-1);
    if (first === null || !head) continue;
    const start = words[first]?.start ?? head.start;
    const name = canonicalName(people, m.name, m.start).replace(/ \p{Lu}\.?(?= )/gu, "");
    hits.push({ start, end: m.end, topic: `role:${name.toLowerCase()}`, value: text.slice(start, head.end) });
  }
  return hits;
}

/**
 * The index of the role phrase's first word in `words` (which end right
 * before the name at `nameAt`), or null when the word before the name is no
 * role title. Reads back over title words and capitalised words (“Ontario”,
 * “Federal Reserve”), stopping at punctuation, lower-case words, possessives
 * and common words capitalised because they open a sentence (“Yesterday”).
 */
function roleStart(text: string, words: WordToken[], nameAt: number, common: ReadonlySet<string>): number | null {
  const last = words.length - 1;
  const head = words[last];
  if (!head || !/^\s+$/.test(text.slice(head.end, nameAt))) return null;
  const key = head.norm.replace(/\.$/, "");
  if (!TITLE_WORDS.has(key) || HONORIFICS.has(key) || ROLE_MODIFIERS.has(key)) return null;
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < ROLE_REACH; k--) {
    const w = words[k];
    const next = words[k + 1];
    if (!w || !next || !joins(text, w, next)) break;
    if (/['’]/.test(w.raw) || HONORIFICS.has(w.norm)) break;
    const title = TITLE_WORDS.has(w.norm);
    const capital = /^\p{Lu}/u.test(w.raw) && !(common.has(w.norm) && opensSentence(text, w.start));
    if (!title && !capital) break;
    first = k;
  }
  return first;
}

/** Only spaces between two words, or an abbreviation's period: “U.S. President”. */
function joins(text: string, a: WordToken, b: WordToken): boolean {
  const between = text.slice(a.end, b.start);
  return /^ +$/.test(between) || (a.raw.includes(".") && /^\. +$/.test(between));
}

/** The word at `at` opens a sentence or line: nothing but spaces after “.”, “!”, “?” or a line break before it. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|[.!?\n])\s*$/.test(text.slice(Math.max(0, at - 4), at));
}
