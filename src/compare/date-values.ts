/**
 * ISO date values as day intervals, so values that differ only in precision
 * agree ("2021" holds "2021-09-24") and values that cannot both hold do not.
 */

/** Inclusive interval of days as "YYYY-MM-DD" strings (they sort as dates). */
export interface DayInterval {
  lo: string;
  hi: string;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

function bound(v: string, end: boolean): string | null {
  const m = PART.exec(v.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return `${y ?? ""}-${mo ?? ""}-${d}`;
  if (mo) return `${y ?? ""}-${mo}-${end ? "31" : "01"}`;
  return `${y ?? ""}-${end ? "12-31" : "01-01"}`;
}

/**
 * The days an ISO value can mean: "2021" → 2021-01-01…2021-12-31,
 * "2021-09" → the month, "2018/2021" → 2018-01-01…2021-12-31, a date-time →
 * its day. Null for anything else ("Q3", "the 1990s").
 */
export function toInterval(value: string): DayInterval | null {
  const [from = "", to] = value.split("/");
  const lo = bound(from, false);
  const hi = bound(to ?? from, true);
  return lo && hi && lo <= hi ? { lo, hi } : null;
}

/**
 * Whether two ISO values can both hold of one event: their intervals meet.
 * "2021" and "2021-09-24" can; "2018/2021" and "2021" can; "2018" and "2019"
 * cannot. Null when either value is not an ISO date.
 */
export function datesCompatible(a: string, b: string): boolean | null {
  const x = toInterval(a);
  const y = toInterval(b);
  if (!x || !y) return null;
  return x.lo <= y.hi && y.lo <= x.hi;
}

/**
 * True when the text states a year in digits ("first elected in 2018",
 * "Sept. 24, 2021"): its value was read, not resolved from "Wednesday"
 * against a reference date that may be wrong. Only such values may contradict.
 */
export function statesYear(text: string): boolean {
  return /\b(1[5-9]|20)\d{2}\b/.test(text);
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, "i");

/**
 * True when the text writes out a month and day (“on Tuesday, March 4”,
 * “4 March”): the day was read, not counted back from “last Thursday”.
 */
export function statesDay(text: string): boolean {
  return MONTH_DAY.test(text);
}
