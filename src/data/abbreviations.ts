/**
 * Tokens that end with a period without ending a sentence ("Mr. Dong", "Sept. 24",
 * "the U.S. sought"). Lower-case, period included.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "sen.", "rep.", "gov.", "lt.", "gen.", "col.", "capt.",
  "sgt.", "cpl.", "st.", "hon.", "jr.", "sr.", "no.", "vs.", "v.", "etc.", "e.g.", "i.e.", "approx.",
  "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
  "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.",
  "u.s.", "u.k.", "u.n.", "e.u.", "p.m.", "a.m.", "inc.", "ltd.", "co.", "corp.", "dept.", "ont.",
  "que.", "b.c.", "alta.", "sask.", "man.", "n.s.", "n.b.", "p.e.i.", "nfld.", "calif.", "fla.", "mass.",
]);
