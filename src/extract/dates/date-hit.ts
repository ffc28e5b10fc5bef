/**
 * A date expression found in an article before ids and events are given.
 * `anchor` says how the value still has to be completed from other dates:
 * "that-year" takes the year of the closest earlier dated expression
 * ("In September that year" after "February 2021" → 2021-09), shifted by
 * `yearShift` ("the following year" → +1); "offset" moves the date just
 * mentioned by `offset` ("first elected in 2019 … two years later" → 2021).
 */
export interface DateHit {
  start: number;
  end: number;
  value: string | null;
  anchor: "none" | "that-year" | "offset";
  /** For "that-year": the month the text names, if any ("September that year" → 9). */
  month?: number;
  /** For "that-year": the first and last month of a season the text names ("that fall" → ["09", "11"]). */
  season?: [string, string];
  yearShift?: number;
  /** For "offset": how far from the date just mentioned. */
  offset?: Offset;
}

/**
 * A distance from another date: "four days after" → 4 days forward, "a week
 * earlier" → 7 days back, "the same day" → 0 days. `amount` is null when the
 * text does not say how many ("a few days later"). `partOfDay` marks a time
 * of day ("the next morning"), dropped when no date stands before it;
 * `nextIfNight` moves "By morning" to the next day when the date just
 * mentioned is a night.
 */
export interface Offset {
  unit: "day" | "month" | "year";
  amount: number | null;
  partOfDay?: boolean;
  nextIfNight?: boolean;
}
