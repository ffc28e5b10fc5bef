import * as z from "zod";

/** One input file as read: `file` is the path as the user gave it, `text` exactly as read. */
export const SourceFileSchema = z.object({
  file: z.string(),
  text: z.string(),
});
export type SourceFile = z.infer<typeof SourceFileSchema>;

/** outlets.json beside the articles: file base name → outlet name ("003_x.txt": "The Social Talks"). */
export const OutletsMapSchema = z.record(z.string(), z.string().min(1));
export type OutletsMap = z.infer<typeof OutletsMapSchema>;
