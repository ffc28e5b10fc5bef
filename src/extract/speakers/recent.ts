import type { People } from "./people.js";
import { canonicalName } from "./people.js";

/**
 * The person a definite description at `pos` ("the Kentucky senator", "the
 * rookie") refers to when one was named as a subject within `reach`
 * characters before it, quotations not counted: "Senator Ana Silva blamed
 * … “…,” the Eastbank Republican said." → Ana Silva. Null when no one was named that close.
 */
export function nearbySubject(people: People, pos: number, reach = 250): string | null {
  const pick = people.mentions.filter((m) => m.end <= pos && m.subjectLike).at(-1);
  return pick && unquotedDistance(people, pick.end, pos) <= reach ? canonicalName(people, pick.name, pick.start) : null;
}

/** Characters from `from` to `to` outside quotations: a long quotation between a name and "the senator" does not part them. */
function unquotedDistance(people: People, from: number, to: number): number {
  let quoted = 0;
  for (const q of people.quoted) quoted += Math.max(0, Math.min(q.end, to) - Math.max(q.start, from));
  return to - from - quoted;
}

/** The outlet named last before `pos`, for "the same outlet had reported …". */
export function recentOutlet(people: People, pos: number): string | null {
  let best: string | null = null;
  for (const o of people.outlets) if (o.pos < pos) best = o.name;
  return best;
}

/**
 * The organisation named last as a subject before `pos`, for "“…,” it said";
 * with `head`, one whose name holds that word ("the commission" → "Harbour Commission").
 */
export function recentOrganisation(people: People, pos: number, head: string | null = null): string | null {
  let best: { pos: number; name: string } | null = null;
  const fits = (name: string): boolean => head === null || name.toLowerCase().split(/\s+/).includes(head);
  for (const o of people.organisations) if (o.pos < pos && fits(o.name) && (!best || o.pos > best.pos)) best = o;
  return best?.name ?? null;
}
