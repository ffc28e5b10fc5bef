import type { Span } from "../../schema/index.js";
import { NOUN_BASES } from "./verbs.js";
import { REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import { PERSON_ROLE_NOUNS } from "../../data/titles.js";
import { CAPITALISED_STOPWORDS } from "../../data/entity-words.js";
import { findNameRuns } from "./names.js";
import { listedBodyEnd } from "./listed-bodies.js";

interface Token extends Span {
  t: string;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}’'.-]*[\p{L}\p{M}\p{N}.])?|[^\s\p{L}\p{M}\p{N}]/gu;
const BOUNDARY = new Set([
  "that", "and", "but", "as", "when", "while", "because", "after", "before", "if", "so", "since", "though",
  "although", "where", "whereas", "than", "or", "who", "which", "whom", "whose", "then", "once", "until",
  "unless", "whether", "how", "why", "what", "nor", "yet",
]);
const DET = new Set(["the", "a", "an", "some", "several", "many", "two", "three", "four", "five", "other", "both", "most", "all", "few", "his", "her", "their", "its", "one"]);
/** Lower-case heads of organisation phrases: "the Chinese consulate in Toronto". */
const ORG_NOUNS = new Set([
  "consulate", "embassy", "ministry", "department", "government", "office", "police", "agency", "company",
  "firm", "council", "committee", "board", "commission", "court", "service", "party", "campaign", "union",
  "group", "organization", "organisation", "association", "university", "hospital", "administration",
  "team", "family", "spokesperson", "spokesman", "spokeswoman", "officials", "sources", "source",
]);
const PRONOUN = new Set(["he", "she", "they", "i", "we", "it", "you"]);
const NOT_ADVERB = new Set(["family", "supply", "ally", "rally", "assembly", "belly", "bully", "italy", "july", "only", "early"]);
const AUX_TAIL = /(?:^|\s)(had|has|have|was|is|were|are|also|then|later|again|previously|reportedly|once|further|earlier|would|will|could|may|might|did|does|do|not|never|first|just|initially|[a-z]{3,}ly|now|still|already|often|always|even|ever|usually)\s*$/;
const RELATIVE_TAIL = /,\s*(?:who|which|whose|a|an|the|his|her|their|its|[a-z]+ing)\b[^,]*,\s*$/;

function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, t: m[0] });
  }
  return out;
}

const isWord = (t: string): boolean => /^[\p{L}\p{M}\p{N}]/u.test(t);
const isCap = (t: string): boolean => /^\p{Lu}/u.test(t);

/** Where the subject before a verb at `end` ends, once auxiliaries, adverbs and a relative clause are set aside. */
function trimTail(text: string, floor: number, end: number): number {
  for (;;) {
    const seg = text.slice(floor, end);
    const aux = AUX_TAIL.exec(seg);
    if (aux?.[1] && !NOT_ADVERB.has(aux[1])) {
      end = floor + aux.index;
      continue;
    }
    const rel = RELATIVE_TAIL.exec(seg);
    if (rel && rel.index > 0) {
      end = floor + rel.index;
      continue;
    }
    // "Priya Raman, 19, a nursing student, put it this way": the age after the name.
    const age = /,\s*\d{1,3},?\s*$/.exec(seg);
    if (age && age.index > 0) {
      end = floor + age.index;
      continue;
    }
    const paren = /\s*\([^()]*\)\s*$/.exec(seg);
    if (paren && paren.index > 0) {
      end = floor + paren.index;
      continue;
    }
    return end;
  }
}

/**
 * The noun phrase just before a reporting verb at `verbStart`, no further back
 * than `floor`: "Last month, Global News also reported" → "Global News";
 * "Dong, who vehemently denied Global’s story, said" → "Dong";
 * "Trudeau had defended the MP at the time, as he said" → "he".
 * Null when a boundary word stands right before the verb ("… but said").
 */
export function subjectBefore(text: string, floor: number, verbStart: number): Span | null {
  // "A spokesperson for the Ministry of the Environment, Conservation and Parks said": read back from the name's first part.
  const listed = findNameRuns(text, floor, verbStart).at(-1);
  const cut = listed ? Math.min(...[",", " and "].map((c) => listed.text.indexOf(c)).filter((i) => i > 0)) : Infinity;
  if (listed && Number.isFinite(cut) && text.slice(listed.end, verbStart).trim() === "" && listedBodyEnd(text, listed.text.slice(0, cut), listed.start + cut) === listed.end) {
    const head = subjectBefore(text, floor, listed.start + cut);
    return head ? { start: head.start, end: listed.end } : null;
  }
  const end = trimTail(text, floor, verbStart);
  const toks = tokenize(text, floor, end);
  let k = toks.length;
  while (k > 0 && toks.length - k < 10) {
    const tok = toks[k - 1];
    if (!tok || !isWord(tok.t) || /[’']$/.test(tok.t)) break;
    const low = tok.t.toLowerCase();
    // "the report said": a reporting form after a determiner is a noun inside the subject.
    // "The auditor general's report also found": after a possessive it is a noun too.
    const prevWord = toks[k - 2]?.t ?? "";
    const noun = DET.has(prevWord.toLowerCase()) || (/[’']s$/.test(prevWord) && NOUN_BASES.has(low));
    if (!isCap(tok.t) && (BOUNDARY.has(low) || (REPORTING_VERB_FORMS.has(low) && !noun))) break;
    k--;
  }
  k = coordinatedAdjectives(toks, k);
  // "As one veteran of the projects commented": a capitalised conjunction opens no subject.
  if (k < toks.length - 1 && BOUNDARY.has((toks[k]?.t ?? "").toLowerCase())) k++;
  let np = toks.slice(k);
  const lastPronoun = np.map((t) => t.t.toLowerCase()).findLastIndex((t) => PRONOUN.has(t));
  // "Vega said he heard students shout": a pronoun then its verb; the subject is what follows.
  if (lastPronoun >= 0) np = np.slice(lastPronoun < np.length - 2 ? lastPronoun + 2 : lastPronoun);
  np = np.slice(lastDeterminerCut(np));
  const first = np[0];
  const last = np[np.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * Where a phrase starts when adjectives split by a comma open it: "the lanky,
 * bespectacled professor said" reads back past the comma to "the".
 */
function coordinatedAdjectives(toks: readonly Token[], k: number): number {
  const [det, adj, comma, next] = [toks[k - 3], toks[k - 2], toks[k - 1], toks[k]];
  if (!det || !adj || !next || comma?.t !== "," || !DET.has(det.t.toLowerCase())) return k;
  return /^\p{Ll}+$/u.test(adj.t) && /^\p{Ll}/u.test(next.t) ? k - 3 : k;
}

/** "Earlier in the day the outlet Global News" starts a new phrase at "the outlet": a determiner after a noun. */
function lastDeterminerCut(np: Token[]): number {
  let cut = 0;
  np.forEach((tok, i) => {
    const prev = np[i - 1];
    if (i > 0 && prev && DET.has(tok.t.toLowerCase()) && !isCap(prev.t) && !/^(?:for|of|in|at|from|to|on|with|by)$/i.test(prev.t)) cut = i;
  });
  return cut;
}

/**
 * The noun phrase that starts at `from`: "said the Don Valley North
 * representative." → "the Don Valley North representative"; "a spokesperson
 * for China's Foreign Ministry declined …" → up to "Ministry". `preps` are the
 * prepositions allowed inside it ("for", "of"; "in" for "the Chinese consulate in Toronto").
 */
export function phraseAfter(text: string, from: number, to: number, preps: ReadonlySet<string>): Span | null {
  const toks = tokenize(text, from, Math.min(to, from + 200));
  const np: Token[] = [];
  let afterDet = 0;
  for (const [i, tok] of toks.entries()) {
    if (!isWord(tok.t)) break;
    // "one of the players": a determiner after a joining preposition opens the second part.
    const afterPrep = i > 0 && preps.has((toks[i - 1]?.t ?? "").toLowerCase()) && DET.has(tok.t.toLowerCase());
    const step = afterPrep ? "det" : rolesBeforeName(toks, i, np.length) ? "lower" : phraseStep(tok.t, toks[i + 1]?.t ?? "", np.length, afterDet, preps);
    if (step === "stop") break;
    np.push(tok);
    afterDet = afterPrep ? 1 : step === "det" || (step === "lower" && afterDet > 0) ? afterDet + 1 : 0;
    if (step === "pronoun" || np.length >= 10) break;
  }
  // "one of the players in the video": a phrase ends before a dangling determiner or preposition.
  const dangling = (t: string): boolean => /^(?:in|on|at|to|by|with|from|of|for)$/i.test(t) || DET.has(t.toLowerCase());
  while (np.length > 0 && dangling(np[np.length - 1]?.t ?? "")) np.pop();
  const first = np[0];
  const last = np[np.length - 1];
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * Whether the lower-case words from `toks[i]` are role words that lead to a
 * capitalised name: "Eastbank foreign ministry spokeswoman Ana Silva shot
 * back" reads on to the name, since "spokeswoman" heads a title, not the
 * end of the phrase at "Eastbank".
 */
function rolesBeforeName(toks: readonly Token[], i: number, size: number): boolean {
  if (size === 0) return false;
  for (let k = i; k < i + 4 && k < toks.length; k++) {
    const t = toks[k]?.t ?? "";
    if (isCap(t)) return k > i && PERSON_ROLE_NOUNS.has((toks[k - 1]?.t ?? "").toLowerCase());
    const low = t.toLowerCase();
    if (!isWord(t) || BOUNDARY.has(low) || REPORTING_VERB_FORMS.has(low) || DET.has(low) || /^(?:of|for|to|in|on|at|by|with|from|into|as)$/.test(low)) return false;
  }
  return false;
}

/**
 * What one word does to a phrase being read forward: a determiner opens it,
 * capitalised words and role nouns carry it, up to two lower-case words may
 * follow a determiner ("the same outlet"), a preposition may join two parts
 * ("a spokesperson for China's Foreign Ministry"); a verb ("declined") ends it.
 */
function phraseStep(t: string, next: string, size: number, afterDet: number, preps: ReadonlySet<string>): "det" | "cap" | "lower" | "pronoun" | "stop" {
  const low = t.toLowerCase();
  if (isCap(t)) return "cap";
  if (DET.has(low) && size === 0) return "det";
  if (PRONOUN.has(low)) return size === 0 ? "pronoun" : "stop";
  if (preps.has(low) && size > 0 && (isCap(next) || DET.has(next.toLowerCase()))) return "det";
  if (PERSON_ROLE_NOUNS.has(low) || ORG_NOUNS.has(low)) return "lower";
  // "says Eastbank cartoonist Ana Silva": a lower-case role between capitalised words.
  if (size > 0 && afterDet === 0 && isCap(next) && !/(?:ed|ing)$/.test(low) && !BOUNDARY.has(low) && !REPORTING_VERB_FORMS.has(low) && !preps.has(low) && !/^(?:to|in|on|at|by|with|from|into|as)$/.test(low)) return "lower";
  if (afterDet > 0 && afterDet < 3 && !/ed$/.test(low) && !BOUNDARY.has(low) && !REPORTING_VERB_FORMS.has(low)) return "lower";
  return "stop";
}

/**
 * The subject of a clause whose verb follows a coordinator: "a spokesperson for
 * China's Foreign Ministry declined to address … but said" → the phrase that
 * opens the clause, after the last "that", colon or sentence start.
 */
export function clauseSubject(text: string, floor: number, pos: number): Span | null {
  const seg = text.slice(floor, pos);
  const coordinated = coordinatedPronoun(seg);
  if (coordinated) return { start: floor + coordinated.start, end: floor + coordinated.end };
  // "Later that month, Acme applied …": "that" before a time word opens no clause.
  const re = /\b(?:that|which)\s+(?!(?:day|week|month|year|night|morning|afternoon|evening|time)\b)|[;:]\s+/g;
  let start = floor;
  for (let m = re.exec(seg); m; m = re.exec(seg)) start = floor + m.index + m[0].length;
  start += datelineLength(text.slice(start, pos));
  start += introLength(text.slice(start, pos));
  return phraseAfter(text, start, pos, new Set(["for", "of", "in", "at", "from"]));
}

const COORDINATED = /\b(he|she|they|we|I)\s+((?:[a-z]+\s+){1,5})and\s+$/i;

/**
 * The pronoun whose second verb the reporting verb is: "… so that it
 * would win, she picked it up and crowed" → "she". Read from the last
 * "that", the clause would open with "it"; the words between the pronoun and
 * "and" must hold no clause boundary.
 */
function coordinatedPronoun(seg: string): Span | null {
  const m = COORDINATED.exec(seg);
  if (!m?.[1] || !m[2] || m[2].trim().split(/\s+/).some((w) => BOUNDARY.has(w.toLowerCase()) || REPORTING_VERB_FORMS.has(w.toLowerCase()))) return null;
  return { start: m.index, end: m.index + m[1].length };
}

/**
 * The length of an opening adverbial set off by a comma, which is not the
 * subject: "In a statement, the agency …", "Nonetheless, she …", "First
 * though, Ana …". It opens with a stop word and ends within eight words.
 */
const NOT_INTRO = new Set(["he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "some", "many", "several", "both", "all", "most", "other", "another", "each", "every", "one", "two", "three", "four", "five"]);

function introLength(seg: string): number {
  // "On Jan. 9, Ana Silva …": a period inside the sentence ends an abbreviation, not the adverbial.
  const m = /^(\p{L}+)\b[^,;:“”"]{0,60},\s+/u.exec(seg);
  const first = m?.[1]?.toLowerCase() ?? "";
  if (!m || !CAPITALISED_STOPWORDS.has(first) || NOT_INTRO.has(first)) return 0;
  return m[0].split(/\s+/).length <= 9 ? m[0].length : 0;
}

/** A place in capitals, maybe a region and an agency, then a dash: "EASTBANK - ", "EASTBANK, Ont. — ", "EASTBANK (Harbour Wire) — ". */
const DATELINE = /^\p{Lu}[\p{Lu}’'.-]+(?:\s+\p{Lu}[\p{Lu}’'.-]+)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:\s*\([^()]{1,30}\))?\s*[—–-]{1,2}\s+/u;

/**
 * The length of a dateline opening the text, which is no subject:
 * "EASTBANK - Mayor Ana Silva stepped down, telling reporters that …" has
 * Ana Silva as its subject, not the town the story was filed from.
 */
export function datelineLength(seg: string): number {
  return DATELINE.exec(seg)?.[0].length ?? 0;
}
