import { IRREGULAR_PAST, NOT_EVENT_VERBS } from "../../data/event-verbs.js";

/** Where a clause stops: what lies beyond belongs to another event. */
const CLAUSE_BREAK = /[.!?;:\u2014\u2013\n"\u201C\u201D]|,\s/;
/** A year that modifies a noun: "the 2019 election", "that year's elections", "the 2019 and 2021 federal elections". */
const NOUN_AFTER = /^(?:'s|\u2019s)?(?:\s+(?:and|or)\s+\d{4})?((?:\s+[A-Za-z][\w.-]*){1,3})/;
/** Words that end a noun phrase after a year. */
const STOP = new Set(["and", "or", "by", "in", "on", "at", "to", "of", "for", "from", "with", "that", "when", "after", "before", "as", "the", "a", "an", "he", "she", "they", "it", "i", "we", "was", "were", "is", "had", "has"]);

/**
 * A short key for what a date places, from the words around it in `text`:
 * the noun a year modifies ("ahead of the 2019 election" → "election"), else
 * the nearest verb of its clause, lemmatised, with "first" kept
 * ("Dong was first elected in 2018" → "first elect"; "They had been arrested in
 * December 2018" → "arrest"; "Last month, Global News also reported" → "report").
 * Null when the clause has neither.
 */
export function findEvent(text: string, start: number, end: number): string | null {
  const yearLike = /^(\d{4}|that year|the same year)$/i.test(text.slice(start, end));
  if (yearLike) {
    const noun = nounAfter(text.slice(end, end + 60));
    if (noun) return noun;
  }
  const before = clauseBefore(text, start);
  return verbIn(before.split(/\s+/).reverse()) ?? verbIn(clauseAfter(text, end).split(/\s+/));
}

function nounAfter(after: string): string | null {
  const words = NOUN_AFTER.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  const phrase: string[] = [];
  for (const w of words) {
    if (STOP.has(w.toLowerCase()) || lemmaOfVerb(w)) break;
    phrase.push(w.replace(/[^\w-]/g, ""));
  }
  const head = phrase.at(-1)?.toLowerCase();
  return head ? singular(head) : null;
}

function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 160), start);
  const parts = window.split(CLAUSE_BREAK);
  return parts.at(-1) ?? "";
}

function clauseAfter(text: string, end: number): string {
  return text.slice(end, end + 160).replace(/^[,\s]+/, "").split(CLAUSE_BREAK)[0] ?? "";
}

function verbIn(words: string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const lemma = lemmaOfVerb(words[i] ?? "");
    if (!lemma) continue;
    const prev = (words[i + 1] ?? "").toLowerCase();
    return prev === "first" ? `first ${lemma}` : lemma;
  }
  return null;
}

/** Base form of a past or "-ing" verb ("released" → "release", "spoken" → "speak"), or null. */
export function lemmaOfVerb(word: string): string | null {
  const w = word.toLowerCase().replace(/[^a-z-]/g, "");
  if (NOT_EVENT_VERBS.has(w)) return null;
  const irregular = IRREGULAR_PAST.get(w);
  if (irregular) return irregular;
  if (w.length < 5 || !/^[a-z-]+$/.test(word.replace(/[^\w-]/g, ""))) return null;
  if (w.endsWith("ied")) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ed")) return restoreE(w.slice(0, -2));
  if (w.endsWith("ing") && w.length > 5) return restoreE(w.slice(0, -3));
  return null;
}

function restoreE(stem: string): string {
  if (/([bdfgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(at|bl|iz|[aeiou][csvz]|[^aeiou]g|uc|nc|rc|rs|ns|lv|u)$/.test(stem)) return `${stem}e`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem) && stem.length <= 4) return `${stem}e`;
  return stem;
}

function singular(noun: string): string {
  if (noun.endsWith("ies")) return `${noun.slice(0, -3)}y`;
  if (/(ss|us)$/.test(noun)) return noun;
  return noun.endsWith("s") ? noun.slice(0, -1) : noun;
}
