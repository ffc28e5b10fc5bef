import * as z from "zod";
import { TextSpanSchema } from "./span.js";

const base = {
  /** Unique in the document: `<article>:<kind letter><n>`, e.g. "cbc:q3". */
  id: z.string(),
  article: z.string(),
  file: z.string(),
  /** The statement's own characters; for a quote, what stands between the marks. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

/**
 * speech: a clause or more of someone's words; partial: a fragment woven into
 * the writer's sentence (did “nothing to cause any harm”); term: a scare
 * quote, nickname or title (the “two Michaels”).
 */
export const QuoteKindSchema = z.enum(["speech", "partial", "term"]);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

export const QuoteSchema = z.object({
  ...base,
  kind: z.literal("quote"),
  quoteKind: QuoteKindSchema,
  /** Canonical name: the fullest form the article gives, titles removed ("Mr. Dong" → "Han Dong"). */
  speaker: z.string().nullable(),
  /** How the article points at the speaker for this quote ("he", "the Don Valley North representative"). */
  speakerMention: TextSpanSchema.nullable(),
  /** The reporting verb or phrase ("said", "told", "according to"). */
  cue: TextSpanSchema.nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const DateStatementSchema = z.object({
  ...base,
  kind: z.literal("date"),
  /** ISO 8601 at the text's precision: "2021", "2021-02", "2021-02-03", "2018/2021" for a range. */
  value: z.string().nullable(),
  /** What the date places, in the article's words ("first elected"), when found. */
  event: z.string().nullable(),
});
export type DateStatement = z.infer<typeof DateStatementSchema>;

export const SourceKindSchema = z.enum(["outlet", "person", "organization", "anonymous", "document"]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SourceStatementSchema = z.object({
  ...base,
  kind: z.literal("source"),
  /** Normalised source name ("Global News", "national security sources"). */
  source: z.string(),
  sourceKind: SourceKindSchema,
  /** The outlet this source reached the article through, when the text chains them: in "Global News, citing two … sources" the sources have `via: "Global News"`. */
  via: z.string().nullable(),
});
export type SourceStatement = z.infer<typeof SourceStatementSchema>;

/**
 * An attributed statement without quotation marks ("Dong denied that he
 * advised …") or a fact carrying a value ("first elected in 2018").
 */
export const ClaimStatementSchema = z.object({
  ...base,
  kind: z.literal("claim"),
  speaker: z.string().nullable(),
  cue: TextSpanSchema.nullable(),
  /** What the claim is about, as a normalised key ("elected"), used to align facts across outlets. */
  topic: z.string().nullable(),
  /** The value it asserts ("2018"), when it carries one. */
  value: z.string().nullable(),
});
export type ClaimStatement = z.infer<typeof ClaimStatementSchema>;

export const StatementSchema = z.discriminatedUnion("kind", [
  QuoteSchema,
  DateStatementSchema,
  SourceStatementSchema,
  ClaimStatementSchema,
]);
export type Statement = z.infer<typeof StatementSchema>;
export type StatementKind = Statement["kind"];
