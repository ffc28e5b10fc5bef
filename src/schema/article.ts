import * as z from "zod";
import { SpanSchema, TextSpanSchema } from "./span.js";

/** Where an article's outlet name came from, strongest evidence first. */
export const OutletEvidenceSchema = z.enum([
  "url", // https://www.cbc.ca/… → CBC News
  "byline", // "Catharine Tunney · CBC News · Posted: …"
  "copyright", // "© 2015 - 2024 Conservative Institute. All Rights Reserved."
  "outlets-json", // outlets.json beside the articles names the file
  "file-name", // nothing in the text names an outlet
]);
export type OutletEvidence = z.infer<typeof OutletEvidenceSchema>;

/** Why a stretch of an article is not content (it yields no statements). */
export const ExclusionSchema = SpanSchema.extend({
  reason: z.enum(["boilerplate", "metadata", "caption", "promo"]),
});
export type Exclusion = z.infer<typeof ExclusionSchema>;

/**
 * One article found in a file. A file may hold several (one ends with its URL
 * line; a headline plus byline/date block opens the next).
 */
export const ArticleSchema = z.object({
  /** Short stable key that `--outlet` matches: "cbc", "ctv", "np", … unique in a run. */
  id: z.string(),
  outlet: z.string(),
  outletEvidence: OutletEvidenceSchema,
  /** Path as the user gave it (relative), never absolute unless they typed one. */
  file: z.string(),
  /** The article's span in its file. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  headline: TextSpanSchema.nullable(),
  byline: TextSpanSchema.nullable(),
  /** ISO 8601 date (or date-time with offset) of publication, as the text states it. */
  published: z.string().nullable(),
  publishedSpan: TextSpanSchema.nullable(),
  url: z.string().nullable(),
  /** Content paragraphs, in order; boilerplate, metadata and captions are left out. */
  paragraphs: z.array(SpanSchema),
  excluded: z.array(ExclusionSchema),
});
export type Article = z.infer<typeof ArticleSchema>;
