import * as z from "zod";
import { SourceKindSchema } from "./statement.js";

/** One article carrying a source: directly (`via` null) or through another source (“Global News, citing two … sources”). */
export const ProvenanceRelaySchema = z.object({
  article: z.string(),
  /** The source between the article and this one, by its display name ("Global News"); null when the article cites it itself. */
  via: z.string().nullable(),
  /** The article's source statements naming this source, in text order. */
  statements: z.array(z.string()),
});
export type ProvenanceRelay = z.infer<typeof ProvenanceRelaySchema>;

/**
 * One node of the story's source graph. original: as far as the articles
 * say, the information starts here (“two national security sources”, a
 * spokesperson); relay: it passes on other sources (“Global News” citing
 * the national security sources). Edges run source → `passesOn` and
 * article → source (`relays`).
 */
export const ProvenanceNodeSchema = z.object({
  /** Display name, the form most statements give ("Global News"). */
  source: z.string(),
  kind: SourceKindSchema,
  role: z.enum(["original", "relay"]),
  /** Sources this one passes on, by display name: Global News → ["national security sources", "CSIS"]. */
  passesOn: z.array(z.string()),
  /** Articles that carry this source, in article order. */
  relays: z.array(ProvenanceRelaySchema),
});
export type ProvenanceNode = z.infer<typeof ProvenanceNodeSchema>;
