/**
 * Facts across outlets: dates and valued claims about one event, grouped and
 * checked for values that cannot both hold. Precision first: a contradiction
 * needs one event on both sides and two values each stated with its year.
 */
import type { ClaimStatement, DateStatement, Pair } from "../schema/index.js";
import { UnionFind } from "../align/union-find.js";
import { datesCompatible, statesDay, statesYear } from "./date-values.js";
import { readEventKey, sameEvent, sameSubject, similarEvent, type EventKey } from "./event-key.js";
import { sameActor } from "./same-actor.js";

export type Fact = DateStatement | ClaimStatement;

/** A group of facts about one event and how each linked pair relates. */
export interface FactGroup {
  members: Fact[];
  pairs: Pair[];
  label: string;
}

/** A fact's key: read from its file's text around its span, or from a claim's topic. */
function keyOf(f: Fact, textOf: Map<string, string>): EventKey {
  const key = readEventKey(textOf.get(f.file) ?? "", f.start, f.end);
  return f.kind === "claim" && f.topic ? { ...key, head: f.topic.toLowerCase() } : key;
}

/**
 * How two facts' values relate, or null when they should not be linked.
 * Equal → verbatim; compatible at different precision ("2021" / "2021-09")
 * → wording; incompatible with both years written out ("first elected in
 * 2018" / "elected in 2019") → meaning. Incompatible values resolved from
 * relative words ("Wednesday") are not trusted and stay unlinked, and so
 * do dates that `named` the event (“the 2019 election” / “the 2021 election”).
 * `dayTrusted`: within one story, a day one side writes out (“on Tuesday,
 * March 4”) may contradict another side's day (“last Thursday”) though
 * neither writes the year.
 */
export function relateValues(a: Fact, b: Fact, named = false, dayTrusted = false): Pair["relation"] | null {
  if (!a.value || !b.value) return null;
  if (a.value === b.value) return "verbatim";
  const ok = datesCompatible(a.value, b.value);
  if (ok === true) return "wording";
  const trusted =
    (statesYear(a.text) && statesYear(b.text)) ||
    (dayTrusted && bothDays(a.value, b.value) && (statesDay(a.text) || statesDay(b.text) || otherWeekday(a.text, b.text)));
  if (ok === false) return !named && trusted ? "meaning" : null;
  return a.value.toLowerCase() === b.value.toLowerCase() ? "verbatim" : "wording";
}

/**
 * Groups facts of one kind across articles by the event they place: a
 * similar event key and compatible values agree; incompatible values link
 * only on the same event key (head word, relation, a shared name) and then
 * contradict. Each pair's values are related by {@link relateValues}. Facts linked to nothing
 * are left out: a lone date is no comparison.
 *
 * Within one story (`storyOf`, article id → story), two dates of one event
 * happening to one thing (“The breach happened last Thursday” / “The
 * breach happened early on Tuesday, March 4”) link without a name or year.
 *
 * Scale: facts are blocked by head word; within a block a fact whose value
 * and key equal an earlier one's from another article (the same sentence
 * relayed by 500 outlets) joins it without being checked against the rest,
 * and pairs are kept only as a spanning set plus one per clashing pair of
 * values, so 1,000 articles give about 1,000 pairs, not 500,000.
 */
export function groupFacts(facts: Fact[], textOf: Map<string, string>, storyOf?: Map<string, number>): FactGroup[] {
  const keys = facts.map((f) => keyOf(f, textOf));
  const uf = new UnionFind(facts.length);
  const links = new LinkSet();
  for (const list of blockByHead(keys).values()) {
    const reps: number[] = [];
    const bySignature = new Map<string, number>();
    for (const i of list) {
      const sig = signatureOf(facts[i], keys[i]);
      const twin = bySignature.get(sig);
      if (twin !== undefined && facts[twin]?.article !== facts[i]?.article && anchored(facts[i], keys[i])) {
        uf.union(twin, i);
        links.add(twin, i, "verbatim");
        continue;
      }
      if (twin === undefined) bySignature.set(sig, i);
      for (const j of reps) {
        const [a, b, ka, kb] = [facts[j], facts[i], keys[j], keys[i]];
        if (!a || !b || !ka || !kb || a.article === b.article || !similarEvent(ka, kb)) continue;
        // Within one story, one thing or one named actor: “Orlan … on Wednesday recalled” / “On Oct. 16, Orlan recalled”.
        const bySubject = oneStory(a, b, storyOf) && (sameSubject(ka, kb) || sameActor(a, b, ka, kb, textOf));
        if (!sharesName(ka, kb) && !(statesYear(a.text) && statesYear(b.text)) && !bySubject) continue;
        const rel = relateValues(a, b, ka.attributive || kb.attributive, bySubject);
        if (!rel || (rel === "meaning" && !sameEvent(ka, kb))) continue;
        uf.union(j, i);
        links.add(j, i, rel);
      }
      reps.push(i);
    }
  }
  const valueOf = new Map(facts.map((f) => [f.id, f.value]));
  const pairsByRoot = new Map<number, Pair[]>();
  for (const [i, j, relation] of links.list) {
    const root = uf.find(i);
    const list = pairsByRoot.get(root) ?? [];
    pairsByRoot.set(root, list);
    list.push({ a: facts[i]?.id ?? "", b: facts[j]?.id ?? "", relation, diff: [], reason: reasonFor(facts[i], facts[j], relation) });
  }
  return uf
    .groups()
    .filter((g) => g.length > 1)
    .map((g) => ({
      members: g.map((i) => facts[i]).filter((f): f is Fact => f !== undefined),
      pairs: dedupeClashes(pairsByRoot.get(uf.find(g[0] ?? 0)) ?? [], valueOf),
      label: keys[g[0] ?? 0]?.head ?? "",
    }));
}

/** Both articles tell one story; unknown without `storyOf`. */
function oneStory(a: Fact, b: Fact, storyOf: Map<string, number> | undefined): boolean {
  const x = storyOf?.get(a.article);
  return x !== undefined && x === storyOf?.get(b.article);
}

/** Both values are single days: “2025-03-04” / “2025-03-06”, not a month or a week. */
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * Both texts name a weekday and the names differ: “The fire started Sunday”
 * / “started Saturday afternoon”. Whatever week each resolves to, the two
 * cannot name one day. The same name resolved a week apart (“Sunday” read
 * against two publication dates) proves nothing.
 */
function otherWeekday(a: string, b: string): boolean {
  const x = WEEKDAY.exec(a)?.[1]?.toLowerCase();
  const y = WEEKDAY.exec(b)?.[1]?.toLowerCase();
  return !!x && !!y && x !== y;
}

function bothDays(a: string, b: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}(?:T.*)?$/;
  return day.test(a) && day.test(b);
}

/** Shortest event word a date may align on: "s" or "com" are stems of nothing in particular. */
const MIN_HEAD = 4;

/**
 * A fact that can align without a second look: it names someone, or states
 * its year. “today” in two unrelated sentences is no shared fact; “The men
 * were released in 2021” and “… in September 2021” are.
 */
function anchored(f: Fact | undefined, k: EventKey | undefined): boolean {
  return !!f && !!k && (k.entities.size > 0 || statesYear(f.text));
}

/** Both facts name someone or something in common: “Ortiz was first elected” / “Ortiz, who was first elected”. */
function sharesName(a: EventKey, b: EventKey): boolean {
  for (const e of a.entities) if (b.entities.has(e)) return true;
  return false;
}

function blockByHead(keys: EventKey[]): Map<string, number[]> {
  const byHead = new Map<string, number[]>();
  keys.forEach((k, i) => {
    // A key needs a real event word: "s" or "com" align unrelated sentences.
    if (!k.head || k.head.length < MIN_HEAD) return;
    const list = byHead.get(k.head);
    if (list) list.push(i);
    else byHead.set(k.head, [i]);
  });
  return byHead;
}

/** Everything {@link relateValues} and {@link sameEvent} read: facts with one signature relate alike to every other fact. */
function signatureOf(f: Fact | undefined, k: EventKey | undefined): string {
  if (!f || !k) return "";
  const entities = [...k.entities].sort().join(",");
  return [f.value, statesYear(f.text), k.relation, k.order, k.attributive, entities].join("|");
}

/**
 * The pairs a group reports: every fact's first link (a spanning set) and
 * every clash; clashes are cut to one per pair of values and group at the end.
 */
class LinkSet {
  readonly list: [number, number, Pair["relation"]][] = [];
  private readonly paired = new Set<number>();

  add(i: number, j: number, relation: Pair["relation"]): void {
    if (relation !== "meaning" && this.paired.has(i) && this.paired.has(j)) return;
    this.paired.add(i);
    this.paired.add(j);
    this.list.push([i, j, relation]);
  }
}

/** Drops a clash whose two values an earlier clash of the group already shows. */
function dedupeClashes(pairs: Pair[], valueOf: Map<string, string | null>): Pair[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    if (p.relation !== "meaning") return true;
    const key = [valueOf.get(p.a) ?? "", valueOf.get(p.b) ?? ""].sort().join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function reasonFor(a: Fact | undefined, b: Fact | undefined, relation: Pair["relation"]): string | null {
  if (!a || !b) return null;
  if (relation === "meaning") return `values cannot both hold: ${a.value ?? "?"} / ${b.value ?? "?"}`;
  if (relation === "wording") return `same value at different precision: ${a.value ?? "?"} / ${b.value ?? "?"}`;
  return null;
}
