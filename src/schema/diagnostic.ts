import * as z from "zod";

/**
 * A finding about the input or the run, after vfile-message: never thrown for a
 * user's mistake. `code` is `stage/what`, e.g. `load/unreadable`.
 */
export const DiagnosticSchema = z.object({
  severity: z.enum(["error", "warning", "info"]),
  code: z.string(),
  stage: z.string(),
  message: z.string(),
  file: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
