/**
 * A fact group's label in words a reader takes in at once, from the machine
 * topic the extractors give:
 *   "left:liberal@han dong"                 → "what Han Dong left (Liberal …)"
 *   "order:released|Meng Wanzhou|released"  → "order: “released” vs Meng Wanzhou “released”"
 *   "count:security source"                 → "how many: security source (count)"
 *   "role:ana pelt"                         → "role of Ana Pelt"
 *   "elect" (a date's event head)            → "when: “elect…”"
 */
export function describeTopic(topic: string, kind: "date" | "claim"): string {
  const [type, rest] = splitOnce(topic, ":");
  if (rest !== null && type === "left") {
    const [org, who] = splitOnce(rest, "@");
    return `what ${who ? titleCase(who) : "was"} left (${titleCase(org)} …)`;
  }
  if (rest !== null && type === "order") {
    const [events] = splitOnce(rest, "@");
    const [first = "", person = "", second = ""] = events.split("|");
    return `order of events: “${first}” relative to ${person} “${second}”`;
  }
  if (rest !== null && type === "count") return `how many: ${rest} (count)`;
  if (rest !== null && type === "role") return `role of ${titleCase(rest)}`;
  return kind === "date" ? `when: “${topic}…”` : topic;
}

function splitOnce(s: string, sep: string): [string, string | null] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, null] : [s.slice(0, i), s.slice(i + sep.length)];
}

function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}
