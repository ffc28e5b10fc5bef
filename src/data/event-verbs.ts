/**
 * Irregular past forms that place an event ("had spoken to a senior diplomat in
 * February 2021"), mapped to their base form, for naming what a date places.
 * Regular "-ed" verbs are recognised by their ending.
 */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ["said", "say"], ["told", "tell"], ["spoke", "speak"], ["spoken", "speak"], ["met", "meet"], ["left", "leave"],
  ["won", "win"], ["ran", "run"], ["began", "begin"], ["begun", "begin"], ["became", "become"], ["held", "hold"],
  ["made", "make"], ["took", "take"], ["taken", "take"], ["gave", "give"], ["given", "give"], ["went", "go"],
  ["gone", "go"], ["came", "come"], ["wrote", "write"], ["written", "write"], ["sent", "send"], ["brought", "bring"],
  ["found", "find"], ["fell", "fall"], ["fallen", "fall"], ["rose", "rise"], ["risen", "rise"], ["lost", "lose"],
  ["paid", "pay"], ["sold", "sell"], ["struck", "strike"], ["broke", "break"], ["broken", "break"], ["chose", "choose"],
  ["chosen", "choose"], ["drove", "drive"], ["flew", "fly"], ["grew", "grow"], ["knew", "know"], ["known", "know"],
  ["led", "lead"], ["saw", "see"], ["seen", "see"], ["shot", "shoot"], ["stood", "stand"], ["threw", "throw"],
  ["withdrew", "withdraw"], ["withdrawn", "withdraw"], ["sought", "seek"], ["thought", "think"], ["fought", "fight"],
  ["caught", "catch"], ["taught", "teach"], ["bought", "buy"], ["built", "build"], ["kept", "keep"], ["slept", "sleep"],
  ["felt", "feel"], ["heard", "hear"], ["hit", "hit"], ["quit", "quit"], ["set", "set"], ["put", "put"], ["cut", "cut"],
  ["shut", "shut"], ["let", "let"], ["got", "get"], ["gotten", "get"], ["forgot", "forget"], ["swore", "swear"],
  ["sworn", "swear"], ["beat", "beat"], ["beaten", "beat"], ["bore", "bear"], ["born", "bear"], ["hid", "hide"],
  ["hidden", "hide"], ["drew", "draw"], ["drawn", "draw"], ["sat", "sit"], ["lay", "lie"], ["laid", "lay"],
  ["meant", "mean"], ["spent", "spend"], ["lent", "lend"], ["understood", "understand"], ["overtook", "overtake"],
]);

/** "-ed" words that are rarely the verb a date belongs to ("a hundred", "indeed", "based on"). */
export const NOT_EVENT_VERBS: ReadonlySet<string> = new Set([
  "indeed", "need", "needed", "hundred", "red", "bed", "united", "limited", "speed", "seed", "feed", "based",
  "alleged", "allegedly", "reportedly", "related", "so-called", "called", "named", "titled", "entitled", "expected",
  "supposed", "used", "concerned", "involved", "interested", "detailed", "unverified", "unnamed", "unidentified",
  "during", "morning", "evening", "nothing", "something", "anything", "everything", "thing", "king", "ring", "spring",
  "string", "according", "including", "following", "bring", "ceiling", "sibling", "wedding", "pudding",
]);
