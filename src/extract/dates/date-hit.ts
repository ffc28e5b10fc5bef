/**
 * A date expression found in an article before ids and events are given.
 * `anchor` says how the value still has to be completed from other dates:
 * "that-year" takes the year of the closest earlier dated expression
 * ("In September that year" after "February 2021" → 2021-09), shifted by
 * `yearShift` ("the following year" → +1).
 */
export interface DateHit {
  start: number;
  end: number;
  value: string | null;
  anchor: "none" | "that-year";
  /** For "that-year": the month the text names, if any ("September that year" → 9). */
  month?: number;
  yearShift?: number;
}
