import * as z from "zod";

/** One run of a word-level diff: words both hold, or only a / only b hold. */
export const DiffPartSchema = z.object({
  op: z.enum(["equal", "delete", "insert"]),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPartSchema>;

/**
 * verbatim: the words both hold are the same once case, punctuation and quote
 * style are set aside (one may be an excerpt of the other); wording: other
 * words, same sense; meaning: a negation, number, date or name changed.
 */
export const RelationSchema = z.enum(["verbatim", "wording", "meaning"]);
export type Relation = z.infer<typeof RelationSchema>;

export const PairSchema = z.object({
  a: z.string(),
  b: z.string(),
  relation: RelationSchema,
  /** Word-level diff from a's words to b's, over the stretch both render. */
  diff: z.array(DiffPartSchema),
  /** Why the relation is what it is ("negation flipped: will / will not"). */
  reason: z.string().nullable(),
});
export type Pair = z.infer<typeof PairSchema>;

export const VerdictSchema = z.enum(["agree", "differ", "contradict", "single"]);
export type Verdict = z.infer<typeof VerdictSchema>;

export const ComparisonSchema = z.object({
  id: z.string(),
  kind: z.enum(["quote", "date", "claim", "source"]),
  verdict: VerdictSchema,
  /** What the group is about: the speaker for quotes, the event or topic for facts. */
  label: z.string(),
  speaker: z.string().nullable(),
  /** Statement ids, ordered by article then position. */
  statements: z.array(z.string()),
  /** Article ids that carry this group. */
  articles: z.array(z.string()),
  pairs: z.array(PairSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
