import * as z from "zod";
import { ArticleSchema } from "./article.js";
import { ComparisonSchema } from "./comparison.js";
import { DiagnosticSchema } from "./diagnostic.js";
import { ClaimStatementSchema, DateStatementSchema, QuoteSchema, SourceStatementSchema } from "./statement.js";
import { SCHEMA_VERSION, TotalsSchema } from "./report.js";
import { ProvenanceNodeSchema } from "./provenance.js";
import { CoverageArticleSchema } from "./coverage.js";

/**
 * `claims compare --format ndjson`: the `--json` document cut into one record
 * per line, each the same object as in the document plus a `type` field, so
 * `jq -c 'select(.type == "comparison")'` needs no slurping. Records come in
 * the order article, statement, comparison, provenance (one per source),
 * coverage (one per article), diagnostic, and one `totals`
 * record last: a reader that saw `totals` knows the stream is complete.
 */
export const NdjsonArticleSchema = ArticleSchema.extend({ type: z.literal("article") });

/** A statement record: the statement's own `kind` still tells quote, date, source and claim apart. */
export const NdjsonStatementSchema = z.discriminatedUnion("kind", [
  QuoteSchema.extend({ type: z.literal("statement") }),
  DateStatementSchema.extend({ type: z.literal("statement") }),
  SourceStatementSchema.extend({ type: z.literal("statement") }),
  ClaimStatementSchema.extend({ type: z.literal("statement") }),
]);

export const NdjsonComparisonSchema = ComparisonSchema.extend({ type: z.literal("comparison") });

export const NdjsonProvenanceSchema = ProvenanceNodeSchema.extend({ type: z.literal("provenance") });

export const NdjsonCoverageSchema = CoverageArticleSchema.extend({ type: z.literal("coverage") });

export const NdjsonDiagnosticSchema = DiagnosticSchema.extend({ type: z.literal("diagnostic") });

/** The last record; carries the document's `schemaVersion`. */
export const NdjsonTotalsSchema = TotalsSchema.extend({
  type: z.literal("totals"),
  schemaVersion: z.literal(SCHEMA_VERSION),
});

export const NdjsonRecordSchema = z.discriminatedUnion("type", [
  NdjsonArticleSchema,
  NdjsonStatementSchema,
  NdjsonComparisonSchema,
  NdjsonProvenanceSchema,
  NdjsonCoverageSchema,
  NdjsonDiagnosticSchema,
  NdjsonTotalsSchema,
]);
export type NdjsonRecord = z.infer<typeof NdjsonRecordSchema>;
export type NdjsonRecordType = NdjsonRecord["type"];
