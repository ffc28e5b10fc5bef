/**
 * General vocabulary for count facts: number words, words that make a
 * number something other than a count of people or things, and plural
 * forms. No story's names.
 */

/** Number words and their values: “two sources” → "2", “a dozen officers” → "12", “hundreds” stays vague. */
export const COUNT_WORDS: ReadonlyMap<string, string> = new Map([
  ["two", "2"], ["three", "3"], ["four", "4"], ["five", "5"], ["six", "6"], ["seven", "7"], ["eight", "8"],
  ["nine", "9"], ["ten", "10"], ["eleven", "11"], ["twelve", "12"], ["thirteen", "13"], ["fourteen", "14"],
  ["fifteen", "15"], ["sixteen", "16"], ["seventeen", "17"], ["eighteen", "18"], ["nineteen", "19"],
  ["twenty", "20"], ["dozen", "12"], ["hundred", "100"], ["hundreds", "hundreds"],
]);

/** Words right after a number that make it money, a share, a scale or a time: “2 million people”, “20 per cent”, “10 a.m.”. */
export const COUNT_BLOCKERS: ReadonlySet<string> = new Set([
  "million", "millions", "billion", "billions", "trillion", "thousand", "thousands", "percent", "per", "cent",
  "pct", "dollars", "cents", "euros", "pounds", "yuan", "yen", "am", "pm", "a.m", "p.m", "o'clock", "times",
  "of", "or", "to", "and", "out", "in", "more", "other", "others", "fewer", "less", "than", "each", "apiece",
]);

/** Words that cannot stand inside the counted noun phrase: “two of the sources”, “two were arrested”. */
export const COUNT_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "who",
  "which", "were", "was", "are", "is", "be", "been", "had", "has", "have", "will", "would", "could", "can",
  "did", "do", "does", "not", "more", "other", "such", "these", "those", "this", "their", "his", "her", "its",
  "our", "your", "my", "they", "them", "we", "he", "she", "it", "i", "you", "than", "then", "also", "all",
  "both", "each", "ago", "later", "earlier", "before", "after", "into", "about", "over", "under", "since",
  "themselves", "ourselves", "yourselves",
  // A ranking, not a set: “the world's two largest economies”, “his two oldest girls”, “the five remaining magazines”.
  "largest", "biggest", "smallest", "highest", "lowest", "best", "worst", "greatest", "richest", "poorest", "oldest",
  "youngest", "newest", "strongest", "weakest", "fastest", "most", "least", "top", "leading", "first", "last", "next",
  "previous", "remaining", "final", "only",
]);

/**
 * Adjectives of anonymity and rank, dropped from the topic: “two unnamed
 * national security sources” and “two anonymous security sources” count
 * the same set.
 */
export const COUNT_DROPPED_ADJECTIVES: ReadonlySet<string> = new Set([
  "unnamed", "anonymous", "unidentified", "senior", "junior", "top", "high", "ranking", "high-ranking", "separate",
  "different", "independent", "additional", "confidential", "former", "current", "several", "various", "key",
]);

/**
 * Units of time: “two consecutive quarters”, “three straight years” state a
 * span, not a set of things, and one story may speak of several spans.
 */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  "second", "minute", "hour", "day", "night", "week", "weekend", "month", "quarter", "year", "decade", "century",
  "season", "term", "session", "generation", "era", "period", "semester", "inning", "half", "round", "time",
]);

/** Irregular plurals and their singulars: “two young people” → person. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ["people", "person"], ["men", "man"], ["women", "woman"], ["children", "child"],
]);

/** Words ending in -s that are not plurals: “two news outlets” reads on to “outlets”. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  "news", "series", "species", "politics", "economics", "physics", "its", "has", "was", "his", "this", "yes",
  "always", "perhaps", "whereas", "towards", "afterwards", "besides", "sometimes", "nevertheless", "thus",
  "plus", "minus", "mathematics", "athletics", "ethics", "headquarters", "means", "lens", "chaos", "canvas",
]);

/**
 * Verbs of cutting jobs, one family for count facts: “will lay off 240
 * workers”, “is cutting 240 jobs” and “eliminates 240 positions” state one
 * number. Phrasal forms are written with their particle.
 */
export const CUT_VERBS: ReadonlySet<string> = new Set([
  "cut", "cuts", "cutting", "lay off", "lays off", "laid off", "laying off", "eliminate", "eliminates", "eliminated",
  "eliminating", "axe", "axes", "axed", "axing", "slash", "slashes", "slashed", "slashing", "shed", "sheds", "shedding",
]);

/** Particles after a verb and before its counted object: “lay off 240 workers”. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(["off"]);

/** Nouns that count jobs when a cutting verb governs them: “cut 240 jobs” / “lay off 240 workers” are one count. */
export const JOB_NOUNS: ReadonlySet<string> = new Set([
  "job", "worker", "employee", "position", "staffer", "person", "post", "role", "miner", "layoff",
]);

/**
 * Verbs of state or cause: they say a set is kept in, or pushed into, an
 * event that a later word names. “forces 1,400 homes to evacuate”, “kept
 * 1,400 homes under evacuation orders” and “2,000 homes remained under
 * evacuation orders” all count homes evacuated, so the count is keyed on
 * that event, not on “force”, “keep” or “remain”.
 */
export const STATE_OR_CAUSE_VERBS: ReadonlySet<string> = new Set([
  "force", "forces", "forced", "forcing", "keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving",
  "order", "orders", "ordered", "ordering", "prompt", "prompts", "prompted", "prompting", "cause", "causes", "caused",
  "causing", "put", "puts", "putting", "remain", "remains", "remained", "stay", "stays", "stayed", "staying",
  "place", "places", "placed", "placing", "send", "sends", "sent", "sending",
]);

/**
 * Verbs outlets use for one event, folded to one key (lemmas as lemmaOf
 * gives them): “sickened 46 people” and “46 people had been infected” count
 * one set; “recalled nine lots” and “is pulling nine lots” one recall.
 */
export const VERB_FAMILIES: ReadonlyMap<string, string> = new Map([
  ["sicken", "infect"], ["pull", "recall"], ["withdraw", "recall"], ["withdrew", "recall"], ["start", "begin"],
  ["began", "begin"], ["commenc", "begin"], ["injur", "hurt"], ["wound", "hurt"],
]);

/**
 * What happens to people, as lemma families: a count of “people”, “patients”
 * or none at all (“Nineteen have been hospitalized”) keyed on one of these
 * counts persons. Lemmas as lemmaOf gives them (“died” → "di").
 */
export const PERSON_OUTCOMES: ReadonlySet<string> = new Set([
  "hospitaliz", "hurt", "kill", "infect", "di", "arrest", "evacuat", "rescu", "treat", "detain", "displac", "test",
]);

/** Nouns for people that a person outcome counts as one set: “19 patients” / “19 people have been hospitalized”. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "person", "patient", "resident", "victim", "individual", "adult", "child", "customer", "consumer", "passenger",
]);

/**
 * Reporting verbs that also take a counted object: “recalled nine lots”,
 * “reported 46 cases”, “confirmed 12 deaths”. The rest (“told 150 workers”,
 * “said 46 people …”) never key a count.
 */
export const COUNTING_REPORT_VERBS: ReadonlySet<string> = new Set([
  "recall", "recalls", "recalled", "recalling", "report", "reports", "reported", "confirm", "confirms", "confirmed",
  "record", "records", "recorded", "announce", "announces", "announced",
]);

/** Verbs whose object names the event: “developed serious eye infections” counts people infected. */
export const ACQUIRE_VERBS: ReadonlySet<string> = new Set([
  "develop", "develops", "developed", "developing", "suffer", "suffers", "suffered", "suffering", "contract",
  "contracts", "contracted", "contracting",
]);
