/**
 * General vocabulary the meaning checks use: negators, number words, calendar
 * words and sense-reversing word pairs. Folded forms (lower case, straight
 * apostrophes). Data only; no entry names a person, outlet or story.
 */

/** Words that negate what follows: "will attend" / "will not attend". */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "nothing", "none", "nobody", "nor", "neither", "nowhere", "cannot", "n't",
]);

/**
 * Words that carry a negation without a negator, so a negator on the other
 * side is rewording, not a flip: "cannot attend" / "is unable to attend".
 */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  "unable", "without", "refuse", "refused", "refuses", "decline", "declined", "declines", "fail", "failed", "fails",
  "lack", "lacks", "lacked", "neglect", "neglected", "deny", "denied", "denies", "hardly", "barely", "scarcely",
]);

/**
 * Quantifier words by the scope they give: "Every cost will be ours" /
 * "Most of the cost will be ours" narrows the claim, so a swap between
 * classes is a change of meaning; "all" / "every" (one class) is wording.
 */
export const QUANTIFIER_CLASSES: ReadonlyMap<string, "all" | "part" | "none"> = new Map([
  ...["every", "all", "each", "always", "everyone", "everybody", "everything", "entire", "whole", "fully"].map((w) => [w, "all"] as const),
  ...["most", "some", "few", "many", "part", "several", "much", "majority", "minority", "portion", "sometimes", "often", "occasionally", "rarely", "seldom", "partly", "partially", "mostly"].map((w) => [w, "part"] as const),
  ...["none", "never", "no", "nobody", "nothing", "neither"].map((w) => [w, "none"] as const),
]);

/**
 * Event words that name one event, keyed by light stem (see event-key.ts's
 * lightStem, with a particle after a space): “resigned Tuesday night” and
 * “stepped down late Tuesday” date one resignation.
 */
export const EVENT_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["stepp down", "resign"], ["step down", "resign"], ["quit", "resign"],
  // “was found guilty by a jury in May 2023” is “was convicted in March 2023”'s event.
  ["guilty", "convict"],
  // “The strike began Feb. 23” / “since the strike started on Feb. 24”: one start.
  ["began", "begin"], ["begun", "begin"], ["start", "begin"], ["commenc", "begin"],
]);

/** Words that name a verdict's event though no participle does: “a jury found Ana Pelt guilty in March 2023”. */
export const VERDICT_WORDS: ReadonlySet<string> = new Set(["guilty"]);

/** Number words, cardinal and ordinal, up to the scales: "three" / "thirty" is a changed number. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand " +
    "million billion trillion dozen dozens hundreds thousands millions billions half quarter " +
    "first second third fourth fifth sixth seventh eighth ninth tenth once twice"
  ).split(" "),
);

/** Month and weekday names and their abbreviations: "in March" / "in May" is a changed date. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    "january february march april june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec " +
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow"
  ).split(" "),
);

/**
 * Pairs of words whose swap reverses a sentence's sense: "I support the bill"
 * / "I oppose the bill". Each pair is listed once; lookups go both ways.
 */
const SENSE_PAIRS: readonly (readonly [string, string])[] = [
  ["true", "false"], ["true", "untrue"], ["accept", "reject"], ["accepted", "rejected"], ["confirm", "deny"],
  ["confirmed", "denied"], ["support", "oppose"], ["supports", "opposes"], ["supported", "opposed"],
  ["increase", "decrease"], ["increased", "decreased"], ["rise", "fall"], ["rose", "fell"], ["more", "less"],
  ["more", "fewer"], ["before", "after"], ["always", "never"], ["win", "lose"], ["won", "lost"],
  ["guilty", "innocent"], ["legal", "illegal"], ["agree", "disagree"], ["agreed", "disagreed"],
  ["approve", "reject"], ["approved", "rejected"], ["allow", "forbid"], ["allowed", "banned"],
  ["aware", "unaware"], ["able", "unable"], ["likely", "unlikely"], ["possible", "impossible"],
  ["innocent", "guilty"], ["up", "down"], ["higher", "lower"], ["above", "below"], ["begin", "end"],
  ["started", "ended"], ["open", "closed"], ["include", "exclude"], ["included", "excluded"],
];

const SENSE = new Map<string, Set<string>>();
for (const [x, y] of SENSE_PAIRS) {
  SENSE.set(x, (SENSE.get(x) ?? new Set()).add(y));
  SENSE.set(y, (SENSE.get(y) ?? new Set()).add(x));
}

/** True when swapping `a` for `b` reverses the sense: "support" / "oppose". */
export function reversesSense(a: string, b: string): boolean {
  return SENSE.get(a)?.has(b) ?? false;
}

/**
 * A folded word with its negation split off: "won't" → ["will", "not"],
 * "didn't" → ["did", "not"], "cannot" → ["can", "not"]; others unchanged.
 */
export function splitNegation(word: string): string[] {
  if (word === "cannot") return ["can", "not"];
  if (word === "won't") return ["will", "not"];
  if (word === "can't") return ["can", "not"];
  if (word === "shan't") return ["shall", "not"];
  if (word.endsWith("n't")) return [word.slice(0, -3), "not"];
  return [word];
}
