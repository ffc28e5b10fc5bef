/**
 * Signs that a quotation is a label — a title, a nickname, a quoted modifier
 * of a noun — whatever reporting verb stands near it.
 */

/**
 * Words that may follow someone's quoted words in the writer's sentence:
 * prepositions, conjunctions, auxiliaries, pronouns, determiners and a few
 * adverbs. Any other lower-case word right after a short quotation is the
 * noun it modifies: the “pay-as-you-go” scheme.
 */
const FUNCTION_WORDS = new Set(`
of in on at by for with from to into onto over under about after before while during since until unless
through across against among around between without within toward towards upon via per like than as
and or but nor so yet if when where because though although whether then that which who whom whose what
is are was were be been being am has have had do does did will would can could shall should may might must
not no it its he she they we you i his her their our my your him them us me the a an this these those
there here now today yesterday tonight again too also even still just only ever never all both each
either neither some any such own same other another more most less least very much many few
out off up down away back around along
online overnight instead abroad home later earlier afterwards afterward anyway together alone aloud tomorrow
already soon ago anymore once twice almost quite rather really first last next
`.trim().split(/\s+/));

/** A media or campaign noun after a quotation names it: the “Morning Edition” show, the “Walk Tall” campaign. */
const MEDIA_NOUN = /^\s+(?:show|program|programme|series|film|movie|book|novel|album|song|podcast|documentary|column|campaign|app|website|project|initiative|segment|hashtag|slogan|trope)\b/;

/**
 * The text of a sign, banner or shirt, alone or in a list: placards reading
 * “Fair pay now,” “No cuts” and “Save our school”. A slogan written on a sign
 * quotes no one in particular.
 */
const SIGN_READING = /\b(?:signs?|placards?|banners?|posters?|shirts?|T-shirts?|hats?|caps?)\s+(?:reading|that read|that said|saying|emblazoned with)\s+(?:[“"][^“”"]*[”"][\s,]*(?:and\s+|or\s+)?)*$/i;

/**
 * True when a quotation is a label whatever its cues say. `before` runs from
 * the paragraph's start to the opening mark, `after` from the closing mark to
 * the paragraph's end.
 *
 * - a short quotation (two words or fewer, no closing punctuation) right
 *   before a content word modifies that noun: the “bridge” loan, a “soft”
 *   landing — a label, though "the bank called it a “bridge” loan";
 * - a media noun after it: told the network’s “Morning” show;
 * - a title after a possessive: said on the network’s “Meet the Press.”;
 * - a title that opens a clause as its subject: “The Long Night Ahead” tells the story …;
 * - a nickname between a first name and a surname: singer Ana “Bird” Silva;
 * - the text of a sign (SIGN_READING).
 */
export function isLabel(before: string, inner: string, after: string, words: number): boolean {
  if (SIGN_READING.test(before)) return true;
  const bare = !/[.,;:!?…]["'’”]?\s*$/.test(inner);
  if (bare && words <= 2 && !isJudgement(inner) && modifiesNoun(after)) return true;
  if (words <= 8 && MEDIA_NOUN.test(after)) return true;
  if (isTitle(inner) && (/\p{L}[’']s?\s*$/u.test(before) || (bare && /^\s+\p{Ll}/u.test(after)))) return true;
  return words <= 2 && /^\p{Lu}/u.test(inner) && /(?:^|\s)\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after);
}

/**
 * A quoted judgement or verb phrase stays someone's words even before a noun:
 * an “unbeatable” offer, a “wonderful” coach, they were “running around” town —
 * an evaluative adjective or a phrase that ends in a particle or preposition.
 */
function isJudgement(inner: string): boolean {
  const last = inner.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  return FUNCTION_WORDS.has(last) || /(?:able|ible|ous|ful|some|less)$/.test(last);
}

/** True when `after` opens with a lower-case content word: the noun a quoted modifier belongs to. */
function modifiesNoun(after: string): boolean {
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?=[\s.,;:!?)]|$)/u.exec(after)?.[1];
  // "the “new rules” worked": a past-tense verb after it, not a noun.
  return next !== undefined && !FUNCTION_WORDS.has(next) && !/(?:ly|ed)$/.test(next);
}

/** Title case over two words or more: a film, show or campaign name (“The Long Night Ahead”, “Meet the Voters.”). */
export function isTitle(inner: string): boolean {
  const words = inner.replace(/[.,!?]+$/, "").trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(?:of|the|a|an|and|or|in|on|at|to|for|by|with)$/.test(w)));
}

/**
 * True when a quotation is a section heading in capitals: it opens its
 * paragraph, which holds at most four more words and no sentence punctuation,
 * and has no lower-case letter — ‘FLOODED OUT’. A heading titles a section.
 * A sentence-case quoted line (‘I never asked for help’) stays speech: it is
 * a pull quote, someone's words.
 */
export function isHeading(before: string, inner: string, after: string): boolean {
  if (before.trim() !== "" || /[.!?…]["'’”]?\s*$/.test(inner) || /[.!?…]/.test(after)) return false;
  if (after.trim().split(/\s+/).filter(Boolean).length > 4) return false;
  return /\p{Lu}{2}/u.test(inner) && !/\p{Ll}/u.test(inner);
}
