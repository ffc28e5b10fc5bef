/**
 * The story's source graph: which article cites which source, through whom.
 * “Global News, citing two national security sources” gives the edges
 * article → Global News and Global News → national security sources.
 */
import type { Article, ProvenanceNode, ProvenanceRelay, SourceKind, SourceStatement, Statement } from "../schema/index.js";
import { sourceGroupKey, sourceKey } from "./sources.js";

interface Node {
  names: Map<string, number>;
  kinds: Map<SourceKind, number>;
  byArticle: Map<string, SourceStatement[]>;
  passesOn: Set<string>;
}

/**
 * One node per normalised source name ("Global", "Global News" and “the
 * Global News” are one), ordered by how many articles carry it, then name.
 * An article's statements about one source share one `via`: the one its
 * statements give most (“the sources” after “Global News, citing two …
 * sources” is still reached through Global News). A source that passes on
 * another is a relay; the rest are original. An outlet never relays itself,
 * and a generic description ("company") is a node per article, not one
 * source shared by outlets.
 */
export function buildProvenance(articles: Article[], statements: Statement[]): ProvenanceNode[] {
  const nodes = new Map<string, Node>();
  const aliases = new Map<string, string>();
  const nodeOf = (key: string): Node => {
    let n = nodes.get(key);
    if (!n) nodes.set(key, (n = { names: new Map(), kinds: new Map(), byArticle: new Map(), passesOn: new Set() }));
    return n;
  };
  for (const s of statements) {
    if (s.kind !== "source") continue;
    const key = sourceGroupKey(s);
    if (!key) continue;
    const n = nodeOf(key);
    bump(n.names, s.source);
    bump(n.kinds, s.sourceKind);
    n.byArticle.set(s.article, [...(n.byArticle.get(s.article) ?? []), s]);
    aliases.set(key, s.source);
    const via = s.via ? sourceKey(s.via) : "";
    // An outlet never relays itself: "the Post, citing the Post" is one original source.
    if (via && via !== sourceKey(s.source)) nodeOf(via).passesOn.add(key);
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const display = (key: string): string => top(nodes.get(key)?.names) ?? aliases.get(key) ?? key;
  const out = [...nodes.entries()]
    .filter(([, n]) => n.byArticle.size > 0)
    .map(([, n]): ProvenanceNode => ({
      source: top(n.names) ?? "",
      kind: top(n.kinds) ?? "organization",
      role: n.passesOn.size > 0 ? "relay" : "original",
      passesOn: [...n.passesOn].map(display).sort(),
      relays: [...n.byArticle.entries()]
        .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .map(([article, ss]) => relayOf(article, ss, display)),
    }));
  return out.sort((x, y) => y.relays.length - x.relays.length || x.source.localeCompare(y.source));
}

function relayOf(article: string, ss: SourceStatement[], display: (key: string) => string): ProvenanceRelay {
  const vias = new Map<string, number>();
  for (const s of ss) {
    const via = s.via ? sourceKey(s.via) : "";
    if (via && via !== sourceKey(s.source)) bump(vias, via);
  }
  const via = top(vias);
  return { article, via: via ? display(via) : null, statements: ss.sort((a, b) => a.start - b.start).map((s) => s.id) };
}

function bump<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** The most frequent key, the first seen on ties. */
function top<K>(m: Map<K, number> | undefined): K | null {
  let best: K | null = null;
  let n = 0;
  for (const [k, c] of m ?? []) if (c > n) [best, n] = [k, c];
  return best;
}
