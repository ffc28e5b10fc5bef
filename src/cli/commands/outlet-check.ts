import type { Report } from "../../schema/index.js";
import { resolveOutletIds } from "../../report/select.js";
import { UsageError } from "../errors.js";

/** Every `--outlet` value must name an article; an unknown one is a usage error listing the known ones. */
export function checkOutlets(report: Pick<Report, "articles">, wanted: string[]): void {
  for (const w of wanted) {
    if (resolveOutletIds(report, [w]).length === 0) {
      const known = report.articles.map((a) => `${a.id} (${a.outlet})`).join(", ");
      throw new UsageError(`no article from outlet "${w}"`, `outlets here: ${known || "none"}`);
    }
  }
}
