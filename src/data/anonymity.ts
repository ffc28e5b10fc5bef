/**
 * Words that mark a source as unnamed: "two unnamed national security sources",
 * "an anonymous official", "officials who spoke on condition of anonymity".
 */
export const ANONYMITY_MARKERS: ReadonlySet<string> = new Set([
  "unnamed", "anonymous", "unidentified", "confidential", "undisclosed",
]);

/**
 * Phrases after a noun that make it an unnamed source: "a source familiar
 * with the matter", "people with knowledge of the talks", "an official who
 * spoke on condition of anonymity", "insiders close to the minister".
 */
export const ANONYMITY_PHRASES: readonly string[] = [
  "familiar with", "with knowledge of", "with direct knowledge", "close to",
  "who spoke on condition of anonymity", "who spoke on the condition of anonymity",
  "who requested anonymity", "who asked not to be named", "who declined to be named",
  "not authorized to speak", "not authorised to speak", "who were not authorized", "speaking on condition of anonymity",
  "briefed on", "on condition of anonymity", "on the condition of anonymity", "speaking on the condition of anonymity",
  "who spoke on background", "speaking on background", "who was not authorized", "who is not authorized",
  "who are not authorized", "who requested not to be named", "who asked not to be identified",
  "who declined to be identified", "who did not want to be named",
];

/**
 * Role nouns that make an unnamed source when counted or marked and speaking:
 * "two senior officials said", "a company engineer who spoke on condition of
 * anonymity", "an aide told the paper". "The official said" points back to
 * someone named, so a count, an indefinite article or a marker is required.
 */
export const ANONYMOUS_ROLE_NOUNS: readonly string[] = [
  "officials", "official", "people", "person", "persons", "individuals", "individual", "engineer", "engineers",
  "employee", "employees", "staffer", "staffers", "aide", "aides", "executive", "executives", "diplomat",
  "diplomats", "officer", "officers", "insider", "insiders", "worker", "workers", "manager", "managers",
  "investigator", "investigators", "advisers", "adviser", "advisors", "advisor", "member", "members",
];

/** Quantifiers that count unnamed people, unlike "the" or "its": "two officials", "a senior aide", "several staffers". */
export const COUNTING_QUANTIFIERS: ReadonlySet<string> = new Set([
  "a", "an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple", "some",
  "numerous", "various", "few", "other",
]);

/** Words that count a source, dropped from its normalised name: "two sources" → "sources". */
export const SOURCE_QUANTIFIERS: ReadonlySet<string> = new Set([
  "a", "an", "the", "its", "their", "his", "her", "our", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "several", "multiple", "many", "some", "other", "numerous", "various", "both", "these", "those",
  "same", "more", "few", "additional", "further",
]);

/** Modifiers of "sources" that mean origins, not informants: "energy sources", "revenue sources". */
export const NON_INFORMANT_MODIFIERS: ReadonlySet<string> = new Set([
  "energy", "power", "revenue", "income", "funding", "food", "water", "protein", "heat", "light", "fuel",
  "renewable", "open", "data", "primary", "secondary", "alternative", "new", "main", "major", "important", "different",
  "carbon", "emission", "emissions", "pollution", "nutrient", "vitamin", "fibre", "fiber", "calcium", "iron",
]);
