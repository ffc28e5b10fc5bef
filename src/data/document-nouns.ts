/**
 * Nouns for papers an article can take information from: "The audit found",
 * "an internal memo obtained by the paper shows", "according to company
 * filings", "A compliance order dated March 7 requires". Plural and singular
 * are listed separately; longest first so "news release" wins over "release".
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  "memorandum", "memorandums", "memoranda", "assessment", "assessments", "documents", "statement", "statements",
  "analysis", "document", "filings", "records", "reports", "filing", "letter", "letters", "report",
  "audit", "audits", "study", "studies", "order", "ruling", "memos", "memo", "email", "emails", "e-mail",
  "opinion", "judgment", "judgement", "indictment", "affidavit", "summary", "summaries", "label", "labels",
  "transcript", "transcripts", "survey", "surveys",
];

/**
 * Verbs a document does when it is where information came from: "the report
 * found", "the memo warned", "the order requires", "the release called it a
 * leak". Verbs of handling ("tabled", "reviewed", "covered") are left out:
 * "The audit, tabled Monday, reviewed hospital records" cites no finding.
 */
export const DOCUMENT_VERBS: readonly string[] = [
  "found", "finds", "find", "says", "said", "shows", "showed", "show", "described", "describes", "warned", "warns",
  "concluded", "concludes", "stated", "states", "noted", "notes", "revealed", "reveals", "called", "calls",
  "requires", "required", "recommended", "recommends", "estimated", "estimates", "indicated", "indicates",
  "suggests", "suggested", "confirmed", "confirms", "lists", "listed", "details", "detailed", "outlined",
  "outlines", "argued", "argues", "alleges", "alleged", "claims", "claimed", "predicted", "projected",
  "identified", "identifies", "acknowledged", "blamed", "flagged", "documented", "cited", "cites", "urged",
  "urges", "criticized", "criticised", "determined", "reported", "reports",
];

/**
 * Adjectives dropped from a document's name so one paper has one name:
 * "Its first news release" → "news release", "the final report" → "report".
 */
export const DOCUMENT_NAME_SKIPS: ReadonlySet<string> = new Set([
  "first", "latest", "new", "own", "final", "initial", "recent", "earlier", "previous", "second", "last", "original",
]);
