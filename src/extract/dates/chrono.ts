/**
 * The one module that touches chrono-node. It turns chrono's results into
 * plain data: which calendar parts the text stated, and the instant chrono
 * computed against the reference (used only for relative phrases).
 */
import * as chrono from "chrono-node";
import type { Component, ParsedComponents } from "chrono-node";

/** The calendar parts one side of a date expression states, plus chrono's computed instant. */
export interface DateParts {
  /** Parts the text itself states ("Sep. 24, 2021" → year, month, day). */
  stated: Partial<Record<Component, number>>;
  /** The instant chrono computed against the reference, in UTC. */
  instant: Date;
  tags: string[];
}

/** One date expression chrono found; `index` is relative to the parsed text. */
export interface ChronoHit {
  index: number;
  text: string;
  start: DateParts;
  end: DateParts | null;
}

const COMPONENTS: Component[] = ["year", "month", "day", "weekday", "hour", "minute", "timezoneOffset"];

/**
 * Date expressions in `text`, read against `referenceDate` (ISO day) at noon UTC,
 * or against a fixed neutral day when there is none (relative values are then
 * discarded by the caller). "Mar 22, 2023 9:55 PM EDT" → stated year, month,
 * day, hour, minute and timezoneOffset −240.
 */
export function parseWithChrono(text: string, referenceDate: string | null): ChronoHit[] {
  const instant = new Date(`${referenceDate ?? "2000-01-01"}T12:00:00Z`);
  return chrono.parse(text, { instant, timezone: "UTC" }).map((r) => ({
    index: r.index,
    text: r.text,
    start: toParts(r.start),
    end: r.end ? toParts(r.end) : null,
  }));
}

function toParts(c: ParsedComponents): DateParts {
  const stated: Partial<Record<Component, number>> = {};
  for (const k of COMPONENTS) {
    const v = c.get(k);
    if (c.isCertain(k) && v !== null) stated[k] = v;
  }
  return { stated, instant: c.date(), tags: [...c.tags()] };
}
