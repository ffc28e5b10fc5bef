/**
 * Where a reported clause starts after a verb that takes one without
 * “that”: “Officials said police received a call”, “Vega said in a
 * statement the rent would double”. Any word may open the clause except
 * those that open a phrase of time, place or manner, or end the report.
 */

/**
 * Verbs whose clause often comes without “that”: “she said the vote was
 * fair”, “the suit alleges he was hurt”. Not “write”, “tweet” or “suggest”,
 * whose bare object is mostly a thing (“wrote a letter”, “suggests low-fat
 * milk”).
 */
export const BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "say", "add", "state", "claim", "insist", "argue", "note", "testify", "allege", "maintain", "contend", "assert",
  ...["admit", "acknowledge", "concede", "confirm", "explain", "warn", "predict"],
]);

/**
 * Verbs whose bare object is as often a thing as a clause: “confirmed the
 * death”, “admitted the mistake”, “predict the future, but …” — but
 * “admitted she wasn't a member”, “explain they will have to gut the
 * place”. Their clause must open with a subject pronoun or hold a finite
 * auxiliary among its first words, before any comma.
 */
const NOUN_OBJECT_VERBS: ReadonlySet<string> = new Set(["admit", "acknowledge", "concede", "confirm", "explain", "warn", "predict"]);
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there)$/i;
const FINITE = /^(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|don['’]t)$/i;

/** Words that cannot open the clause: “said in”, “said on Monday”, “said so”, “said when asked”. */
const NOT_OPENER = new Set([
  "in", "on", "at", "to", "for", "of", "with", "by", "from", "during", "after", "before", "since", "until", "about",
  "over", "under", "into", "upon", "via", "through", "across", "outside", "inside", "near", "last", "next", "earlier",
  "later", "late", "early", "yesterday", "today", "tonight", "tomorrow", "so", "yes", "no", "nothing", "something",
  "anything", "goodbye", "hello", "thanks", "thank", "sorry", "only", "just", "also", "again", "as", "while", "when",
  "if", "and", "or", "but", "than", "what", "how", "why", "whether", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "recently", "previously", "repeatedly", "publicly", "privately", "not", "little",
  "much", "more", "less", "enough", "otherwise", "afterward", "afterwards", "then", "now",
]);

/**
 * A short phrase of setting that may stand between the verb and its clause:
 * “in a statement”, “on Monday”, “last week”, “in July”, “by text message”,
 * “in retrospect”.
 */
const SETTING = /^\s+(?:(?:in|by|over|via)\s+(?:text(?:\s+message)?|phone|telephone|e-?mail|retrospect|response|reply|court|hindsight)|(?:in|on)\s+(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:in|on|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|release|email|e-mail|letter|post|tweet|video|news conference|press conference|conference|speech|report|filing|court documents?)|on\s+(?:Twitter|Facebook|Instagram|X)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month|year|spring|summer|fall|autumn|winter))(?=[\s,])/u;

/**
 * The offset in `after` (the text right after the verb) where the clause
 * starts, or null when no clause follows: " police received a call" → 1;
 * " in a statement the rent would double" → 16; " in the House." → null.
 * The clause must hold at least three words (“he would not”).
 */
export function bareClauseStart(after: string, verb: string): number | null {
  const setting = SETTING.exec(after)?.[0] ?? "";
  const rest = setting ? after.slice(setting.length).replace(/^,/, "") : after;
  const skipped = after.length - rest.length;
  const m = /^\s+([\p{L}\p{N}$][\p{L}\p{N}’'.,$%-]*)/u.exec(rest);
  if (!m?.[1]) return null;
  const first = m[1].toLowerCase().replace(/[.,]$/, "");
  if (NOT_OPENER.has(first) || /[.,]$/.test(m[1])) return null;
  // “The index added 0.3 per cent”, “the contract added $1.60”: a market gain, not a remark.
  if (verb === "add" && /^[\d$]/.test(m[1])) return null;
  const words = rest.split(/[.!?;]\s/)[0]?.trim().split(/\s+/) ?? [];
  if (words.length < 3) return null;
  if (NOUN_OBJECT_VERBS.has(verb) && !SUBJECT_PRONOUN.test(first) && !finiteEarly(words)) return null;
  return skipped + (m[0].length - m[1].length);
}

/** A finite auxiliary among the clause's first six words, before any comma: “the roof will have to come down”. */
function finiteEarly(words: string[]): boolean {
  for (const w of words.slice(1, 6)) {
    if (FINITE.test(w.replace(/[.,;:]$/, ""))) return true;
    if (/[,;:]$/.test(w)) return false;
  }
  return false;
}
