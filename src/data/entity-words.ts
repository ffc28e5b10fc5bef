/**
 * Capitalised words that make a capitalised run an organisation, place or
 * thing rather than a person's name: "Global News", "Liberal Party",
 * "House of Commons", "Don Valley North". Lower-case.
 */
export const NON_PERSON_WORDS: ReadonlySet<string> = new Set([
  "news", "party", "office", "ministry", "department", "house", "commons", "parliament", "government",
  "council", "committee", "court", "police", "service", "services", "agency", "bank", "university",
  "college", "school", "hospital", "company", "corp", "inc", "ltd", "group", "association", "union",
  "institute", "foundation", "network", "press", "times", "post", "star", "globe", "mail", "journal",
  "herald", "tribune", "radio", "tv", "television", "broadcasting", "corporation", "reporter",
  "province", "city", "town", "county", "valley", "north", "south", "east", "west", "street", "avenue",
  "road", "river", "lake", "island", "mountain", "park", "hill", "centre", "center", "board", "commission",
  "authority", "organization", "organisation", "assembly", "legislature", "senate", "congress", "cabinet",
  "army", "forces", "force", "navy", "embassy", "consulate", "campaign", "fund", "trust", "club", "team",
  "airlines", "airport", "media", "elections", "election", "canada", "canadian", "canadians", "ontario",
  "quebec", "china", "chinese", "america", "american", "states", "united", "kingdom", "nations", "europe",
  "european", "liberal", "liberals", "conservative", "conservatives", "democrat", "democrats", "republican",
  "republicans", "ndp", "federal", "provincial", "national", "international", "security", "intelligence",
  "foreign", "affairs", "health", "finance", "justice", "defence", "defense", "public", "human", "rights",
  "act", "bill", "law", "report", "inquiry", "day", "week", "year", "hall", "tower", "square", "bay",
  "beach", "port", "harbour", "harbor", "bridge", "station", "highway", "route", "line", "region",
  "district", "riding", "ward", "territory", "territories", "coast", "mount", "fort", "heights", "falls",
  "creek", "forest", "gardens", "village", "capital", "dispatch", "twitter", "facebook", "instagram",
  "youtube", "google", "world", "rcmp", "csis", "fbi", "cia", "who", "un",
  "eu", "nato", "prime", "minister", "premier", "mr", "mrs", "ms", "dr",
  // photo credits ("… via Getty Images Ana Silva at a ceremony") and plural roles ("Labour MPs")
  "images", "image", "photo", "photos", "pictures", "mps", "mpps", "mlas", "labour", "tory", "tories", "bloc",
  // provinces, territories and countries that stand alone as subjects ("British Columbia returns to …")
  "british", "columbia", "alberta", "saskatchewan", "manitoba", "nova", "scotia", "brunswick", "newfoundland",
  "labrador", "yukon", "nunavut", "northwest", "india", "japan", "russia", "germany", "france", "britain",
  "england", "ireland", "scotland", "wales", "mexico", "iran", "iraq", "syria", "israel", "ukraine", "australia",
  "korea", "pakistan", "afghanistan", "brazil", "italy", "spain", "indonesia", "africa", "asia", "french",
  "german", "russian", "indian", "japanese", "korean", "mexican", "australian", "indigenous", "aboriginal",
  "toronto", "montreal", "vancouver", "ottawa", "calgary", "edmonton", "winnipeg", "halifax", "saskatoon",
  "beijing", "moscow", "tokyo",
]);

/**
 * Capitalised words that open sentences and headlines without naming anyone:
 * "In a speech …", "Last month, …", "Meanwhile, …". Lower-case.
 */
export const CAPITALISED_STOPWORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "or", "he", "she", "it", "they", "we", "i", "you",
  "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "as", "after",
  "before", "when", "while", "if", "since", "last", "earlier", "later", "according", "meanwhile",
  "however", "also", "still", "yet", "so", "then", "there", "here", "for", "from", "with", "by", "of",
  "to", "into", "about", "over", "under", "both", "all", "some", "many", "most", "several", "other",
  "another", "each", "every", "no", "not", "even", "only", "just", "now", "today", "tonight", "yesterday",
  "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
  "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "what", "why", "how", "who", "where", "which", "whose", "whom", "one", "two", "three", "four", "five",
  "first", "second", "third", "new", "former", "independent", "prior", "citing", "speaking", "asked",
  "despite", "although", "though", "because", "during", "until", "unless", "whether", "once", "again",
  "instead", "indeed", "further", "furthermore", "moreover", "overall", "twitter", "email", "photo",
  "updated", "published", "posted", "edited", "share", "read", "watch", "sign", "leave", "click",
  "article", "continued", "below", "advertisement", "related", "story", "video", "listen", "more",
  "dear", "thanks", "please", "yes", "oh", "well", "let", "like",
  // sentence openers that stick to the name after them ("Finally Ana said", "Unlike Vega, she …")
  "finally", "unlike", "nonetheless", "nevertheless", "knowing", "perhaps", "fortunately", "unfortunately",
  "luckily", "sadly", "ultimately", "eventually", "currently", "recently", "previously", "originally",
  "initially", "additionally", "similarly", "likewise", "otherwise", "besides", "thus", "hence", "therefore",
  "consequently", "accordingly", "regardless", "notably", "clearly", "obviously", "apparently", "certainly",
  "actually", "basically", "anyway", "rather", "among", "amid", "between", "within", "without", "against",
  "toward", "towards", "upon", "across", "along", "around", "behind", "beyond", "except", "inside", "outside",
  "near", "throughout", "whilst", "whatever", "everyone", "someone", "anyone", "nobody", "such", "same",
  "much", "very", "always", "never", "often", "sometimes", "usually", "soon", "next", "following",
  "including", "regarding", "given", "saying", "adding", "noting", "asking", "telling", "says", "said",
  "having", "being", "seeing", "getting", "looking", "taking", "making", "hearing", "watching",
]);

/**
 * Well-known institutional acronyms and the names they stand for, so that
 * "a spokesperson for the PMO" and "the Prime Minister's Office" name one speaker.
 */
export const INSTITUTION_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ["PMO", "Prime Minister's Office"],
  ["RCMP", "Royal Canadian Mounted Police"],
  ["CSIS", "Canadian Security Intelligence Service"],
  ["FBI", "Federal Bureau of Investigation"],
  ["CIA", "Central Intelligence Agency"],
  ["WHO", "World Health Organization"],
]);
