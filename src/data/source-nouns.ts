/**
 * Head words that make a capitalised name an organization ("The Prime
 * Minister's Office said", "a spokesperson for China's Foreign Ministry", "The
 * Canadian Security Intelligence Service (CSIS) reportedly briefed …").
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "Office", "Ministry", "Department", "Service", "Services", "Agency", "Police", "Commission", "Committee", "Council",
  "Court", "Government", "Bureau", "Force", "Forces", "Board", "Authority", "Association", "Union", "Organization",
  "Organisation", "Foundation", "Institute", "Corporation", "Company", "Embassy", "Consulate", "Secretariat",
  "Administration", "Centre", "Center", "Coalition", "Federation", "Society", "Party", "Caucus", "Senate", "Congress",
  "Parliament", "Army", "Navy", "Group", "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Bank", "University",
  "District", "Cooperative", "Co-op", "System", "Fund", "Trust",
  // Company names: "Greyfield Urban Partners", "Orrin Basin Minerals", "Tarrow Health Products".
  "Partners", "Minerals", "Mining", "Holdings", "Industries", "Resources", "Technologies", "Laboratories",
  "Pharmaceuticals", "Products", "Airlines", "Railway", "Developments", "Properties", "Ventures",
  "College", "Hospital", "Network", "Alliance", "League", "Tribunal", "Cabinet", "Kremlin", "Pentagon", "Secretary",
]);

/** Lower-case nouns that name an organization after "the": "the Chinese consulate in Toronto said". */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "consulate", "embassy", "ministry", "government", "department", "police", "agency", "committee", "commission",
  "court", "company", "union", "office", "military", "army", "regulator", "council", "administration", "campaign",
  "party", "board", "watchdog", "prosecutors", "prosecutor's office", "authorities", "firm", "hospital", "university",
  "authority", "utility", "tribunal", "inspectorate", "district", "cooperative", "co-op", "sheriff's office",
]);

/** Nouns that name an organization only after a citing cue: "according to the retirement system". */
export const CITED_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_NOUNS, "system", "fund", "institute", "foundation", "coalition", "federation", "service", "bureau",
  "centre", "center", "society", "network", "association", "organization", "organisation", "department",
]);

/** Plural collectives that speak as organizations: "as many human rights groups allege". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(["groups", "organizations", "organisations", "agencies", "unions", "prosecutors"]);

/** People who speak for an organization: "a spokesperson for the Prime Minister's Office". */
export const SPOKESPERSON_NOUNS: readonly string[] = [
  "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "representative", "press secretary",
  "official", "officials",
];

/** Acronyms that are not organizations speaking: titles and roles ("the MP said", "the PM told"). */
export const NON_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set([
  "MP", "MPs", "MPP", "MPPs", "MLA", "MLAs", "MNA", "PM", "CEO", "CFO", "COO", "CTO", "US", "U.S.", "UK", "U.K.",
  "EU", "TV", "OK", "AM", "ET", "EST", "EDT", "PST", "PDT", "UTC", "GMT", "I", "II", "III", "IV", "DJ", "MC",
]);
