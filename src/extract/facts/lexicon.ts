/**
 * General vocabulary for the fact extractors: how news text states the order
 * of two events and who left which part of an organisation. No story's names.
 */

/** Order values a fact may carry. */
export type OrderValue = "before" | "after" | "same-time";

/**
 * Connectors between two events, longest first, with the order of the first
 * event relative to the second: “released just hours before Meng was
 * released” → before; “released just as she was allowed to leave” → same-time.
 */
export const ORDER_CONNECTORS: readonly (readonly [string, OrderValue])[] = [
  ["at the same time as", "same-time"],
  ["at the same time that", "same-time"],
  ["at the same moment as", "same-time"],
  ["simultaneously with", "same-time"],
  ["just as", "same-time"],
  ["ahead of", "before"],
  ["prior to", "before"],
  ["before", "before"],
  ["after", "after"],
  ["following", "after"],
];

/** Auxiliaries between a subject and its participle: “Meng was released”, “he had resigned”. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "did", "does", "do", "got", "gets", "get",
]);

/** Negators: “They were not released until …” (kept only with “until”). */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "never", "n't", "no"]);

/** Words that make an event hypothetical or demanded, not reported: “called for Dong to be removed”, “should resign”. */
export const MODALS: ReadonlySet<string> = new Set([
  "to", "should", "would", "could", "must", "might", "may", "refused", "refuses", "declined", "if", "whether", "unless",
]);

/** Irregular past forms that name events (regular ones end in -ed): “Dong left the caucus”, “Smith was taken into custody”. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  "left", "held", "met", "won", "lost", "quit", "fled", "came", "went", "took", "taken", "gave", "given", "made", "sent",
  "found", "began", "begun", "became", "broke", "broken", "caught", "fell", "fallen", "kept", "led", "ran", "sat",
  "shot", "stood", "struck", "paid", "sold", "bought", "brought", "built", "chosen", "chose", "drove", "driven", "flew",
  "flown", "hid", "hidden", "swore", "sworn", "threw", "thrown", "withdrew", "withdrawn", "woke", "hit", "put", "set",
  "cut", "let", "shut", "spent",
]);

/**
 * Nouns that name an event, for the possessive form “after Meng's arrest”,
 * “before Smith’s release”. Nouns ending in -tion, -sion, -ment or -ure count too.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "arrest", "release", "return", "death", "election", "visit", "arrival", "departure", "speech", "trial", "detention",
  "firing", "exit", "escape", "win", "loss", "defeat", "victory", "swearing", "funeral", "wedding", "birth", "ouster",
  "removal", "dismissal", "approval", "extradition", "conviction", "sentencing", "announcement", "resignation",
]);

/** Leave verbs: “resigned from the Liberal caucus”, “has left the party”, “quits the cabinet”. */
export const LEAVE_VERBS: ReadonlySet<string> = new Set([
  "resign", "resigns", "resigned", "resigning", "leave", "leaves", "leaving", "left", "quit", "quits", "quitting",
  "exit", "exits", "exited", "exiting", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
  "defect", "defects", "defected", "defecting",
]);

/** Leave nouns after a possessive: “announced his resignation from the Liberals”. */
export const LEAVE_NOUNS: ReadonlySet<string> = new Set(["resignation", "departure", "exit", "withdrawal", "defection"]);

/**
 * Parts of an organisation a person can leave. “the Liberal Party” and “the
 * Liberal caucus” are two units of one organisation: leaving the caucus
 * keeps the party membership.
 */
export const UNITS: ReadonlySet<string> = new Set([
  "party", "caucus", "cabinet", "government", "coalition", "committee", "board", "council", "leadership",
]);

/** Function words inside the left-behind phrase, in any case: “the caucus of the ruling Liberal Party”, “Resigns From Liberal Caucus”. */
export const OBJECT_FUNCTION_WORDS: ReadonlySet<string> = new Set(["the", "his", "her", "their", "its", "of", "in", "membership"]);

/** Lower-case modifiers inside the left-behind phrase: “the ruling Liberal Party”, “the federal NDP caucus”. */
export const OBJECT_MODIFIERS: ReadonlySet<string> = new Set([
  "ruling", "governing", "opposition", "federal", "provincial", "national", "state", "parliamentary", "legislative",
  "official", "main", "former",
]);
