import * as z from "zod";
import { ReportSchema } from "./report.js";

/** The JSON Schema of the `--json` document, derived from the zod schema (never written by hand). */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(ReportSchema, { target: "draft-2020-12" });
}
