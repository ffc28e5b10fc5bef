/**
 * Facts across outlets: dates and valued claims about one event, grouped and
 * checked for values that cannot both hold. Precision first: a contradiction
 * needs one event on both sides and two values each stated with its year.
 */
import type { ClaimStatement, DateStatement, Pair } from "../schema/index.js";
import { UnionFind } from "../align/union-find.js";
import { datesCompatible, statesYear } from "./date-values.js";
import { readEventKey, sameEvent, similarEvent, type EventKey } from "./event-key.js";

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
 */
export function relateValues(a: Fact, b: Fact, named = false): Pair["relation"] | null {
  if (!a.value || !b.value) return null;
  if (a.value === b.value) return "verbatim";
  const ok = datesCompatible(a.value, b.value);
  if (ok === true) return "wording";
  if (ok === false) return !named && statesYear(a.text) && statesYear(b.text) ? "meaning" : null;
  return a.value.toLowerCase() === b.value.toLowerCase() ? "verbatim" : "wording";
}

/**
 * Groups facts of one kind across articles by the event they place: a
 * similar event key and compatible values agree; incompatible values link
 * only on the same event key (head word, relation, a shared name) and then
 * contradict. Each pair's values are related by {@link relateValues}. Facts linked to nothing
 * are left out: a lone date is no comparison.
 */
export function groupFacts(facts: Fact[], textOf: Map<string, string>): FactGroup[] {
  const keys = facts.map((f) => keyOf(f, textOf));
  const byHead = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (!k.head) return;
    const list = byHead.get(k.head);
    if (list) list.push(i);
    else byHead.set(k.head, [i]);
  });
  const uf = new UnionFind(facts.length);
  const pairs: [number, number, Pair["relation"]][] = [];
  for (const list of byHead.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] ?? 0;
        const j = list[y] ?? 0;
        const [a, b, ka, kb] = [facts[i], facts[j], keys[i], keys[j]];
        if (!a || !b || !ka || !kb || a.article === b.article || !similarEvent(ka, kb)) continue;
        const rel = relateValues(a, b, ka.attributive || kb.attributive);
        if (!rel || (rel === "meaning" && !sameEvent(ka, kb))) continue;
        uf.union(i, j);
        pairs.push([i, j, rel]);
      }
    }
  }
  return uf
    .groups()
    .filter((g) => g.length > 1)
    .map((g) => ({
      members: g.map((i) => facts[i]).filter((f): f is Fact => f !== undefined),
      pairs: pairs
        .filter(([i]) => g.includes(i))
        .map(([i, j, relation]) => ({ a: facts[i]?.id ?? "", b: facts[j]?.id ?? "", relation, diff: [], reason: reasonFor(facts[i], facts[j], relation) })),
      label: keys[g[0] ?? 0]?.head ?? "",
    }));
}

function reasonFor(a: Fact | undefined, b: Fact | undefined, relation: Pair["relation"]): string | null {
  if (!a || !b) return null;
  if (relation === "meaning") return `values cannot both hold: ${a.value ?? "?"} / ${b.value ?? "?"}`;
  if (relation === "wording") return `same value at different precision: ${a.value ?? "?"} / ${b.value ?? "?"}`;
  return null;
}
