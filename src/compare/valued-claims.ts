/**
 * Valued claims across outlets: order-of-events, membership, count and role
 * facts (topics "order:…", "left:…", "count:…", "role:…", "age:…", "term:…", "pct:…", "tally:…", "money:…", "measure:…" from the extract
 * stage) aligned by what they are about. Two different values of one topic
 * cannot both hold, except a person's roles, which mostly differ in wording.
 */
import type { ClaimStatement, Pair } from "../schema/index.js";
import { nameWords } from "../align/names.js";
import { verbKey } from "../extract/facts/clause.js";
import { countInterval, countsCompatible, isNumericTopic } from "../extract/facts/count-value.js";
import { rolesClash } from "./role-clash.js";
import type { FactGroup } from "./facts.js";

/**
 * Topic families compared by value: one order of two events, one unit left
 * and one size of a set exclude each other; a person's roles ("role") are
 * worded differently by outlets and translations and contradict only when
 * they name two ministries.
 */
const FAMILIES = new Set(["order", "left", "count", "role", "age", "term", "pct", "tally", "money", "measure"]);

/** A parsed topic: the block it is compared within, the names it must share, and who it is about. */
interface TopicKey {
  block: string;
  anchor: Set<string> | null;
  subject: Set<string> | null;
}

/** A set of facts about one thing, with the first member of each value for pairing. */
interface Cluster {
  members: number[];
  anchor: Set<string> | null;
  subject: Set<string> | null;
  firstOfValue: Map<string, number>;
  pairs: Pair[];
}

/** True for claims this module compares: "order:released|Meng|released", "left:liberal@Han Dong". */
export function isValuedTopic(topic: string | null): boolean {
  return topic !== null && FAMILIES.has(topic.slice(0, topic.indexOf(":")));
}

/**
 * The topic's parts. "order:released|Meng Wanzhou|released@Smith" → block
 * "order:releas|releas" (verb forms folded: “released” / “release”), anchor
 * {meng, wanzhou}, subject {smith}. "left:liberal" → block "left:liberal".
 */
export function readTopic(topic: string): TopicKey {
  const at = topic.lastIndexOf("@");
  const body = at >= 0 ? topic.slice(0, at) : topic;
  const subject = at >= 0 ? new Set(nameWords(topic.slice(at + 1))) : null;
  const [family, rest] = splitOnce(body, ":");
  // “age:marguerite sallow” and “age:sallow” (an article that gives the surname only) are one person's age.
  if (family === "age" && rest.includes(" ")) return { block: `age:${rest.split(" ").at(-1) ?? rest}`, anchor: null, subject: new Set(nameWords(rest)) };
  if (family !== "order") return { block: body, anchor: null, subject };
  const [a = "", person = "", b = ""] = rest.split("|");
  return { block: `order:${verbKey(a)}|${verbKey(b)}`, anchor: new Set(nameWords(person)), subject };
}

/**
 * Groups valued claims by topic: within a block, a claim joins the first
 * cluster whose anchor shares a name (“Meng” / “Meng Wanzhou”) and whose
 * subject does not name someone else. Each claim is paired with the first
 * claim of its value from another article (verbatim) and the first claim of
 * every other value (meaning: “before” / “after”, “party” / “caucus”), so a
 * topic that 1,000 articles state gives about 1,000 pairs, not 500,000.
 * `storyOf` (article id → story, see storiesByNames) keeps counts keyed on a
 * verb within one story: “stopped 22 shots” and “stopped 29 shots” in two
 * hockey reports are two games, not one number in dispute.
 */
export function groupValuedClaims(claims: ClaimStatement[], storyOf?: Map<string, number>): FactGroup[] {
  const blocks = new Map<string, Cluster[]>();
  claims.forEach((c, i) => {
    if (!c.topic || !c.value) return;
    const key = withinStory(readTopic(c.topic), storyOf?.get(c.article));
    const list = blocks.get(key.block) ?? [];
    blocks.set(key.block, list);
    let cluster = list.find((k) => fits(k, key));
    if (!cluster) {
      cluster = { members: [], anchor: key.anchor, subject: key.subject, firstOfValue: new Map(), pairs: [] };
      list.push(cluster);
    }
    join(cluster, claims, i, key);
  });
  const groups: FactGroup[] = [];
  for (const list of blocks.values()) {
    for (const k of list) {
      const members = k.members.map((i) => claims[i]).filter((c): c is ClaimStatement => c !== undefined);
      if (new Set(members.map((m) => m.article)).size < 2) continue;
      groups.push({ members, pairs: k.pairs, label: members[0]?.topic ?? "" });
    }
  }
  return groups;
}

/**
 * A count ("count:patient|wait", "count:party member": “three Green Party
 * members” and “about 100 party members” in two stories are two sets), an age ("age:firefighter",
 * "age:ana pelt": a year on, a person is a year older), a prison term and a
 * percentage ("pct:increase": every contract has one), a vote's tally, a sum
 * of money and a measure are compared only within their story.
 */
function withinStory(key: TopicKey, story: number | undefined): TopicKey {
  const scoped = /^(?:count|age|term|pct|tally|money|measure):/.test(key.block);
  if (!scoped || story === undefined) return key;
  return { ...key, block: `${key.block}#${String(story)}` };
}

function fits(k: Cluster, key: TopicKey): boolean {
  if (k.anchor && key.anchor && !overlaps(k.anchor, key.anchor)) return false;
  // “Ana Pelt, 41,” and “Luis Pelt, 12,”: one surname, two people.
  if (key.block.startsWith("age:") && k.subject && key.subject) return subset(k.subject, key.subject) || subset(key.subject, k.subject);
  return !k.subject || !key.subject || overlaps(k.subject, key.subject);
}

function join(k: Cluster, claims: ClaimStatement[], i: number, key: TopicKey): void {
  const c = claims[i];
  if (!c?.value) return;
  for (const [value, j] of k.firstOfValue) {
    const other = claims[j];
    if (!other || other.article === c.article) continue;
    const relation = relateValues(key.block, value, c.value);
    k.pairs.push({
      a: other.id,
      b: c.id,
      relation,
      diff: [],
      reason: relation === "verbatim" ? null : `${relation === "meaning" ? "values cannot both hold" : "worded differently"}: ${value} / ${c.value}`,
    });
  }
  if (!k.firstOfValue.has(c.value)) k.firstOfValue.set(c.value, i);
  k.members.push(i);
  if (key.anchor) k.anchor = new Set([...(k.anchor ?? []), ...key.anchor]);
  if (key.subject) k.subject = new Set([...(k.subject ?? []), ...key.subject]);
}

/**
 * How two values of one topic relate. Equal → verbatim. Roles differ only
 * in wording (“Ontario MPP” / “Ontario Congressman”), case aside, unless
 * they name two ministries (see role-clash.ts); so do a
 * vague count and an exact one (“hundreds” / “300”) and two counts that can
 * both hold (“1,400” / “about 1,400”). Else the values exclude each other:
 * “two sources” / “three sources”, “about 1,400” / “more than 2,000”,
 * “before” / “after”.
 */
export function relateValues(block: string, a: string, b: string): "verbatim" | "wording" | "meaning" {
  if (a === b) return "verbatim";
  if (block.startsWith("role:")) return a.toLowerCase() === b.toLowerCase() ? "verbatim" : rolesClash(a, b) ? "meaning" : "wording";
  if (isNumericTopic(block) && (countInterval(a) === null || countInterval(b) === null || countsCompatible(a, b))) return "wording";
  return "meaning";
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}
