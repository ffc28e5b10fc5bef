import * as z from "zod";
import { ArticleSchema } from "./article.js";
import { ComparisonSchema } from "./comparison.js";
import { DiagnosticSchema } from "./diagnostic.js";
import { StatementSchema } from "./statement.js";
import { ProvenanceNodeSchema } from "./provenance.js";
import { CoverageSchema } from "./coverage.js";

/** Bumped when a field is removed or changes meaning; adding fields keeps it. */
export const SCHEMA_VERSION = "1.0";

export const TotalsSchema = z.object({
  articles: z.number().int(),
  statements: z.number().int(),
  quotes: z.number().int(),
  comparisons: z.number().int(),
  agree: z.number().int(),
  differ: z.number().int(),
  contradict: z.number().int(),
  single: z.number().int(),
});
export type Totals = z.infer<typeof TotalsSchema>;

/** The whole `claims compare --json` document. */
export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleSchema),
  statements: z.array(StatementSchema),
  comparisons: z.array(ComparisonSchema),
  totals: TotalsSchema,
  /** The story's source graph: who relays whom, original sources versus relays. */
  provenance: z.array(ProvenanceNodeSchema),
  /** Which articles share which comparisons and what only one reports. */
  coverage: CoverageSchema,
  diagnostics: z.array(DiagnosticSchema),
});
export type Report = z.infer<typeof ReportSchema>;
