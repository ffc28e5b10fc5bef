/**
 * English function words: they carry no content of their own, so two quotes
 * sharing only "that", "of the" or "will be" share nothing. Folded forms
 * (lower case, straight apostrophe). Negators ("not", "never", "nothing") are
 * deliberately absent: "I did nothing" and "I did something" must not look alike.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if then than so as of at by for from in into on onto to up down out off over under " +
    "with within without about above below after before between through during since until upon via per " +
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her " +
    "hers herself it its itself they them their theirs themselves this that these those who whom whose which what " +
    "when where why how there here all any both each few more most other some such only own same too very " +
    "can could may might must shall should will would do does did doing done be am is are was were been being " +
    "have has had having let also just even still yet again ever " +
    "i'm i've i'll i'd we're we've we'll you're you've he's she's it's they're they've that's there's " +
    "mr mrs ms dr one's said says say told"
  ).split(" "),
);

/**
 * True for a folded word that says something of its own: not a function word
 * and not a lone letter ("the" no, "harm" yes, "2018" yes).
 */
export function isContentWord(norm: string): boolean {
  return (norm.length > 1 && !STOPWORDS.has(norm)) || /^\d$/.test(norm);
}

/**
 * Negators count as content (they tell “I did nothing” from “I did
 * something”) but are no evidence of shared words: “we do not think …” and
 * “I do not think …” share a habit of speech, not an utterance.
 */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "no", "never", "nothing", "nor", "none", "nobody", "neither", "cannot"]);
