import * as z from "zod";

/**
 * A half-open range of UTF-16 code units into a file's text exactly as read
 * (`readFileSync(path, "utf8")`, BOM and `\r\n` kept). `end` is exclusive, so
 * `text.slice(start, end)` is always the covered characters.
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A span together with the characters it covers, re-sliced from the source. */
export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;
