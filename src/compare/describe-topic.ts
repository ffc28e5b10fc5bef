/**
 * A fact group's label in words a reader takes in at once, from the machine
 * topic the extractors give:
 *   "left:liberal@han dong"                 → "which Liberal body Han Dong left" (party or caucus)
 *   "order:released|Meng Wanzhou|released"  → "order: “released” vs Meng Wanzhou “released”"
 *   "count:security source"                 → "how many: security source (count)"
 *   "role:ana pelt"                         → "role of Ana Pelt"
 *   "age:ana pelt" / "age:~firefighter"     → "age of Ana Pelt" / "age of the firefighter"
 *   "elect" (a date's event head)            → "when: “elected”" given the
 *     text the first date stands in ("Dong was first elected in 2018"), else "when: “elect…”"
 */
export function describeTopic(topic: string, kind: "date" | "claim", context = ""): string {
  const [type, rest] = splitOnce(topic, ":");
  if (rest !== null && type === "left") {
    const [org, who] = splitOnce(rest, "@");
    return who ? `which ${titleCase(org)} body ${titleCase(who)} left` : `which ${titleCase(org)} body was left`;
  }
  if (rest !== null && type === "order") {
    const [events] = splitOnce(rest, "@");
    const [first = "", person = "", second = ""] = events.split("|");
    return `order of events: “${first}” relative to ${person} “${second}”`;
  }
  if (rest !== null && type === "count") return `how many: ${rest} (count)`;
  if (rest !== null && type === "role") return `role of ${titleCase(rest)}`;
  if (rest !== null && type === "term") {
    const [, who] = splitOnce(rest, "@");
    return who ? `length of ${titleCase(who)}'s sentence` : "length of the sentence";
  }
  if (rest !== null && type === "age") return rest.startsWith("~") ? `age of the ${rest.slice(1)}` : `age of ${titleCase(rest)}`;
  return kind === "date" ? `when: “${spelled(topic, context) ?? `${topic}…`}”` : topic;
}

function splitOnce(s: string, sep: string): [string, string | null] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + sep.length)];
}

function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/** The word in `context` that the stem `stem` was cut from: "elect" in "was first elected in 2018" → "elected". */
function spelled(stem: string, context: string): string | null {
  if (!/^\p{L}+$/u.test(stem)) return null;
  const m = new RegExp(String.raw`(?<![\p{L}])${stem}\p{L}*`, "iu").exec(context);
  return m ? m[0].toLowerCase() : null;
}
