/** Number words up to twelve, at their value's index: "four days after", "a 12-year sentence", "sentenced to two years". */
export const SMALL_NUMBER_WORDS: readonly string[] = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/** The value of a count written in digits or as a word; "a" and "an" are one: "a week later" → 1, "12" → 12, "few" → null. */
export function smallNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "a" || w === "an") return 1;
  const i = SMALL_NUMBER_WORDS.indexOf(w);
  return i < 0 ? null : i;
}
