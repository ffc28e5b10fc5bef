/**
 * Titles, honorifics and roles that stand before a name and are not part of
 * it: "NDP leader Jagmeet Singh" → Jagmeet Singh, "Liberal Congressman
 * Charles Sousa" → Charles Sousa, "Mr. Dong" → Dong. Lower-case, no period.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
  "father", "sister", "brother", "president", "vice-president", "prime", "minister", "premier", "mayor",
  "deputy", "councillor", "councilor", "coun", "senator", "sen", "rep", "representative", "congressman",
  "congresswoman", "mp", "mpp", "mla", "mna", "mep", "governor", "gov", "chief", "justice", "judge",
  "leader", "secretary", "ambassador", "consul", "general", "gen", "lt", "col", "capt", "captain", "sgt",
  "sergeant", "officer", "constable", "cst", "const", "det", "detective", "inspector", "superintendent",
  "supt", "commissioner", "chair", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "coo", "cto",
  "founder", "co-founder", "director", "spokesperson", "spokesman", "spokeswoman", "critic", "attorney",
  "lawyer", "economist", "analyst", "coach", "manager", "executive", "speaker", "king", "queen", "prince",
  "princess", "pope", "cardinal", "bishop", "rabbi", "imam", "hon", "honourable", "honorable", "chancellor",
  "commander", "admiral", "marshal", "sheriff", "auditor", "ombudsman", "treasurer", "registrar", "dean",
  "principal", "trustee", "alderman", "reeve", "warden", "host", "anchor", "columnist", "editor", "author",
  "former", "late", "then", "acting", "interim", "organizer", "organiser", "actor", "actress", "singer",
  "sergeant-at-arms", "strategist", "advocate", "activist", "volunteer", "resident", "researcher", "scientist",
  "doctor", "nurse", "pastor", "priest", "consultant", "planner", "designer", "architect", "artist", "musician",
  "comedian", "retiree", "teacher", "student", "owner", "veteran", "rookie", "forward", "defenceman",
  "defenseman", "goaltender", "goalie", "quarterback", "pitcher", "striker", "winger", "centre", "playwright",
  "filmmaker", "producer", "director-general", "mp-elect",
  // Occupations written as titles before a name: "Pharmacist Devon Moakes", "Epidemiologist Ana Pelt".
  "pharmacist", "physician", "surgeon", "dentist", "epidemiologist", "engineer", "farmer", "chef", "firefighter",
  "paramedic", "pilot", "mechanic", "technician", "therapist", "psychologist", "psychiatrist", "lecturer",
  "historian", "coroner", "broker", "banker", "trader", "entrepreneur", "developer", "contractor", "librarian",
  "journalist", "reporter", "photographer", "lobbyist", "pollster", "instructor", "virologist", "meteorologist",
]);

/** Honorifics that tell a person's gender: "Mr. Dong" is a he, "Ms. Tunney" a she. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, "m" | "f"> = new Map([
  ["mr", "m"], ["sir", "m"], ["lord", "m"], ["king", "m"], ["prince", "m"], ["father", "m"], ["brother", "m"],
  ["congressman", "m"], ["spokesman", "m"], ["chairman", "m"],
  ["mrs", "f"], ["ms", "f"], ["miss", "f"], ["dame", "f"], ["lady", "f"], ["queen", "f"], ["princess", "f"],
  ["sister", "f"], ["congresswoman", "f"], ["spokeswoman", "f"], ["chairwoman", "f"],
]);

/**
 * Nouns that head a description of one person: "the Don Valley North
 * representative", "the Liberal MP", "the former minister". A definite
 * description with one of these heads refers back to a person already named.
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  "representative", "mp", "mpp", "mla", "mna", "minister", "premier", "mayor", "leader", "politician",
  "lawmaker", "legislator", "senator", "president", "official", "chief", "ceo", "director", "officer",
  "critic", "member", "executive", "chair", "chairman", "chairwoman", "councillor", "councilor",
  "congressman", "congresswoman", "candidate", "incumbent", "diplomat", "ambassador", "judge", "lawyer",
  "professor", "expert", "economist", "analyst", "man", "woman", "father", "mother", "boy", "girl",
  "victim", "suspect", "spokesperson", "spokesman", "spokeswoman", "governor", "secretary", "founder",
  "owner", "manager", "coach", "player", "star", "actor", "actress", "singer", "author", "writer",
  "researcher", "scientist", "doctor", "physician", "nurse", "teacher", "student", "resident", "veteran",
  "mp's", "deputy", "parliamentarian", "commissioner", "auditor", "prosecutor", "detective", "inspector",
  "-year-old", "republican", "democrat", "liberal", "conservative", "tory", "newcomer",
  "defenceman", "defenseman", "defender", "winger", "goalie", "goaltender", "pitcher",
  "golfer", "athlete", "rookie", "captain", "veteran", "proprietor", "entrepreneur", "artist", "designer",
  "editor", "photographer", "musician", "comedian", "dancer", "choreographer", "chef", "farmer", "engineer",
  "architect", "historian", "curator", "activist", "advocate", "organizer", "organiser", "founder",
  "co-founder", "superintendent", "broker", "consultant", "strategist",
]);

/** Kinship nouns that tell the gender of the name after them: "her father Luis", "his wife, Ana". */
export const KINSHIP_GENDER: ReadonlyMap<string, "m" | "f"> = new Map([
  ["father", "m"], ["dad", "m"], ["son", "m"], ["husband", "m"], ["brother", "m"], ["boyfriend", "m"],
  ["grandfather", "m"], ["grandson", "m"], ["uncle", "m"], ["nephew", "m"], ["stepfather", "m"], ["fiance", "m"],
  ["mother", "f"], ["mom", "f"], ["mum", "f"], ["daughter", "f"], ["wife", "f"], ["sister", "f"], ["girlfriend", "f"],
  ["grandmother", "f"], ["granddaughter", "f"], ["aunt", "f"], ["niece", "f"], ["stepmother", "f"], ["fiancee", "f"],
]);

/** Nouns that head a description of an outlet: "the same outlet had reported …". */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set([
  "outlet", "newspaper", "paper", "broadcaster", "network", "station", "publication", "magazine", "site",
  "website", "daily", "tabloid", "agency", "channel",
]);

/**
 * Heads of a phrase that names an unnamed speaker, which is then the
 * speaker as written: "a spokesperson said", "“…,” a neighbour said",
 * "the commission said", "Harbour staff said", "protesters chanted".
 */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  "spokesperson", "spokesman", "spokeswoman", "official", "officials", "staff", "staffer", "staffers", "employee",
  "employees", "worker", "workers", "resident", "residents", "citizen", "citizens", "friend", "friends",
  "neighbour", "neighbor", "neighbours", "neighbors", "relative", "relatives", "parent", "parents", "viewer",
  "viewers", "reader", "readers", "witness", "witnesses", "columnist", "commentator", "critic", "critics", "expert",
  "experts", "analyst", "analysts", "observer", "observers", "student", "students", "protester", "protesters",
  "protestor", "protestors", "demonstrator", "demonstrators", "activist", "activists", "advocate", "advocates",
  "supporter", "supporters", "opponent", "opponents", "member", "members", "volunteer", "volunteers",
  "organizer", "organizers", "organiser", "organisers", "lawyer", "lawyers", "doctor", "doctors", "nurse", "nurses",
  "teacher", "teachers", "officer", "officers", "police", "commission", "ministry", "department", "office",
  "agency", "company", "firm", "government", "council", "committee", "board", "court", "union", "school",
  "university", "hospital", "utility", "organization", "organisation", "association", "group", "team", "club",
  "campaign", "diocese", "church", "city", "town", "province", "prosecutors", "authorities", "researchers",
  "scientists", "investigators", "source", "insider", "insiders", "fan", "fans", "customer", "customers",
  "passenger", "passengers", "victim", "victims", "survivor", "survivors", "player", "players",
  "coach", "owner", "manager", "mother", "father", "son", "daughter", "wife", "husband", "sister", "brother",
  "boyfriend", "girlfriend", "partner", "man", "woman", "boy", "girl", "person", "people", "veteran",
]);

/** Documents that speak for their author: "her statement said", "his tweet read", "the memo said". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "email", "e-mail", "letter", "post", "tweet", "release", "website", "message", "note", "blog",
  "memo", "report", "study", "survey", "document", "filing", "lawsuit", "claim", "complaint", "order", "ruling",
  "decision", "notice", "advisory", "affidavit", "submission", "column", "essay", "book", "speech", "video",
]);

/** People nouns an age may describe besides role and speaker nouns: “a 24-year-old firefighter”. */
export const AGE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "firefighter", "driver", "pedestrian", "cyclist", "motorcyclist", "hiker", "teenager", "teen", "child", "toddler",
  "baby", "infant", "inmate", "pilot", "swimmer", "skier", "climber", "tourist", "farmer", "miner", "soldier",
]);
