/**
 * Reporting verbs: the verbs that introduce someone's words ("Dong said",
 * "he told reporters", "Singh had tweeted that …"). Each row is one verb's
 * forms, base first; the lexicon is general English news vocabulary.
 */
const ROWS: readonly string[] = [
  "say said says saying",
  "tell told tells telling",
  "add added adds adding",
  "state stated states stating",
  "explain explained explains explaining",
  "note noted notes noting",
  "argue argued argues arguing",
  "claim claimed claims claiming",
  "assert asserted asserts asserting",
  "insist insisted insists insisting",
  "deny denied denies denying",
  "confirm confirmed confirms confirming",
  "admit admitted admits admitting",
  "acknowledge acknowledged acknowledges acknowledging",
  "announce announced announces announcing",
  "declare declared declares declaring",
  "write wrote writes writing written",
  "tweet tweeted tweets tweeting",
  "post posted posts posting",
  "report reported reports reporting",
  "reply replied replies replying",
  "respond responded responds responding",
  "answer answered answers answering",
  "ask asked asks asking",
  "warn warned warns warning",
  "urge urged urges urging",
  "conclude concluded concludes concluding",
  "suggest suggested suggests suggesting",
  "recall recalled recalls recalling",
  "remark remarked remarks remarking",
  "observe observed observes observing",
  "comment commented comments commenting",
  "joke joked jokes joking",
  "quip quipped quips quipping",
  "testify testified testifies testifying",
  "allege alleged alleges alleging",
  "contend contended contends contending",
  "maintain maintained maintains maintaining",
  "predict predicted predicts predicting",
  "promise promised promises promising",
  "vow vowed vows vowing",
  "concede conceded concedes conceding",
  "emphasize emphasized emphasizes emphasizing emphasise emphasised emphasises emphasising",
  "stress stressed stresses stressing",
  "assure assured assures assuring",
  "reiterate reiterated reiterates reiterating",
  "complain complained complains complaining",
  "caution cautioned cautions cautioning",
  "remind reminded reminds reminding",
  "instruct instructed instructs instructing",
  "boast boasted boasts boasting",
  "lament lamented laments lamenting",
  "mention mentioned mentions mentioning",
  "indicate indicated indicates indicating",
  "counter countered counters countering",
  "retort retorted retorts retorting",
  "exclaim exclaimed exclaims exclaiming",
  "whisper whispered whispers whispering",
  "shout shouted shouts shouting",
  "agree agreed agrees agreeing",
  "cite cited cites citing",
  "quote quoted quotes quoting",
  "call called calls calling",
  "point pointed points pointing",
  "blurt blurted blurts blurting",
  "crow crowed crows crowing",
  "scoff scoffed scoffs scoffing",
  "scold scolded scolds scolding",
  "muse mused muses musing",
  "wonder wondered wonders wondering",
  "gush gushed gushes gushing",
  "plead pleaded pleads pleading",
  "sigh sighed sighs sighing",
  "laugh laughed laughs laughing",
  "yell yelled yells yelling",
  "scream screamed screams screaming",
  "tease teased teases teasing",
  "interject interjected interjects interjecting",
  "affirm affirmed affirms affirming",
  "propose proposed proposes proposing",
  "text texted texts texting",
  "email emailed emails emailing",
  "advise advised advises advising",
  "recount recounted recounts recounting",
  "go went goes going",
  "read reads",
  "put put puts putting",
  "find found finds finding",
];

/** Every form of every reporting verb, lower-case ("said", "tells", "tweeting"). */
export const REPORTING_VERB_FORMS: ReadonlySet<string> = new Set(ROWS.flatMap((r) => r.split(" ")));

/** Base form of each reporting-verb form ("told" → "tell"). */
export const REPORTING_VERB_BASE: ReadonlyMap<string, string> = new Map(
  ROWS.flatMap((r) => {
    const forms = r.split(" ");
    return forms.map((f) => [f, forms[0] ?? f] as const);
  }),
);

/**
 * Verbs that need a particle to report speech: "called for an inquiry into
 * those “very serious allegations”", "pointed out", "went on".
 * Without it "call" and "point" are not cues ("called the MP", "a point").
 */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ["call", "for"],
  ["go", "on"],
  ["point", "out"],
  // "The mayor, Ana Pelt, put it bluntly: “We are done.”"
  ["put", "it"],
  // "The auditor general's report also found that the wards were short": finding, as reporting, takes "that".
  ["find", "that"],
]);

/** Verbs whose subject publishes: their subjects are outlets or documents ("Global News reported"). */
export const PUBLISHING_VERBS: ReadonlySet<string> = new Set(["report", "cite", "quote", "write", "post", "publish"]);

/**
 * Verbs that report a request or advice as "VERB someone to do": "BC Hydro
 * advised people never to use a generator indoors", "urged residents to
 * conserve water". The reported statement is the "to …" phrase.
 */
export const DIRECTIVE_VERBS: ReadonlySet<string> = new Set([
  "urge", "advise", "ask", "tell", "warn", "remind", "caution", "instruct",
]);

/** Verbs that introduce reported speech with a clause ("Dong denied that he advised …"). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "add", "state", "explain", "note", "argue", "claim", "assert", "insist", "deny", "confirm",
  "admit", "acknowledge", "announce", "declare", "write", "tweet", "report", "warn", "suggest", "allege",
  "contend", "maintain", "predict", "promise", "vow", "concede", "stress", "assure", "reiterate", "indicate",
  "agree", "point", "testify", "recall", "find",
]);
