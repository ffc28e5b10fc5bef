/**
 * Groups quote renderings into utterances: connected components over
 * "takes the same words" links, found through an index of shingles and rare
 * stems instead of comparing every pair, so thousands of quotes group in
 * about a second.
 */
import type { Quote } from "../schema/index.js";
import { contentShingles, viewQuote, type QuoteView } from "./views.js";
import { CONTAINMENT, linkedAsExcerpt, linkedAsFragments, linkedByContainment, linkedByRun, speakersConflict, supportOf } from "./link.js";
import type { Rarity } from "./rarity.js";
import { UnionFind } from "./union-find.js";
import { linkAdjacent } from "./adjacent.js";

/** Utterance groups (indexes into the input, ascending) and the links that made them (`[i, j]`, i < j). */
export interface UtteranceGroups {
  views: QuoteView[];
  groups: number[][];
  links: [number, number][];
}

/** Posting lists up to this long are checked pair by pair; longer ones against their first few members. */
const FULL_POSTING = 40;
/** How many leading members of a long posting list every other member is checked against. */
const STAR = 4;
/** A stem's posting list is scanned up to this length: a stem that common says little. */
const MAX_STEM_POSTING = 150;

/** At most about this many renderings are checked against one by shared stems. */
const MAX_CANDIDATES = 300;

/** A rendering copied word for word this many times is checked once for all its copies. */
const TWIN_MIN = 8;

type Add = (i: number, j: number) => void;

/** How strict linking is; quotations use the defaults. */
export interface GroupOptions {
  /**
   * Share of the shorter rendering's content stems two renderings from
   * different articles must share (0 by default). Reported speech sets 0.5:
   * its clauses are long and joined by “and that”, so “the inspection had
   * found no weakness, and that an outside firm would review it” shares “an
   * outside firm” with “the company would pay for a review by an outside
   * firm, and that the mine would stay shut” without being one statement.
   */
  minSupport?: number;
}

/**
 * Groups `quotes` (speech and partial quotes, already speaker-aligned) into
 * utterances. Sentences any article quotes together join one group, so the
 * two halves of “Let me be clear, what has been reported is false,” he said.
 * “And I will defend myself …” both join the outlet that quotes it whole.
 * `textOf` maps a file to its text (to read the gap between two quotes).
 */
export function groupUtterances(quotes: Quote[], rarity: Rarity, textOf: Map<string, string>, options: GroupOptions = {}): UtteranceGroups {
  const views = quotes.map(viewQuote);
  const n = views.length;
  const links = new Map<number, [number, number]>();
  const minSupport = options.minSupport ?? 0;
  const add: Add = (i, j) => {
    if (i === j || !supported(views[i], views[j], minSupport)) return;
    const pair: [number, number] = i < j ? [i, j] : [j, i];
    links.set(pair[0] * n + pair[1], pair);
  };
  const { reps, twins } = splitTwins(views);
  const repViews = reps.map((i) => views[i]).filter((v): v is QuoteView => v !== undefined);
  const addRep: Add = (a, b) => {
    add(reps[a] ?? a, reps[b] ?? b);
  };
  linkByShingles(repViews, rarity, addRep);
  linkByStems(repViews, rarity, addRep);
  for (const [rep, i] of twins) add(rep, i);
  linkAdjacent(views, textOf, add);
  const uf = new UnionFind(n);
  for (const [i, j] of links.values()) uf.union(i, j);
  const sorted = [...links.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { views, groups: uf.groups(), links: sorted };
}

/** Same-article links (a split quote) always hold; cross-article ones need `minSupport`. */
function supported(a: QuoteView | undefined, b: QuoteView | undefined, minSupport: number): boolean {
  if (!a || !b || minSupport <= 0 || a.quote.article === b.quote.article) return true;
  return supportOf(a, b) >= minSupport;
}

/**
 * Renderings with the same words and speaker, carried by at least
 * {@link TWIN_MIN} articles (one wire sentence relayed by 500 outlets), are
 * checked once: the first copy (in `reps`) stands for the rest, and each
 * later copy is linked to it (`twins`: [first, copy]). Fewer copies are all
 * checked, so every pair of a small group keeps its own relation. Renderings
 * of fewer than two content words are never twins — “serious” in two
 * articles is not one utterance on its words alone.
 */
function splitTwins(views: QuoteView[]): { reps: number[]; twins: [number, number][] } {
  const keyOf = (v: QuoteView): string | null => (v.stems.size >= 2 ? `${v.quote.speaker?.toLowerCase() ?? ""}|${v.norms.join(" ")}` : null);
  const keys = views.map(keyOf);
  const count = new Map<string, number>();
  for (const k of keys) if (k !== null) count.set(k, (count.get(k) ?? 0) + 1);
  const first = new Map<string, number>();
  const reps: number[] = [];
  const twins: [number, number][] = [];
  keys.forEach((key, i) => {
    const many = key !== null && (count.get(key) ?? 0) >= TWIN_MIN;
    const rep = many ? first.get(key) : undefined;
    if (rep !== undefined) twins.push([rep, i]);
    else {
      if (many) first.set(key, i);
      reps.push(i);
    }
  });
  return { reps, twins };
}

/**
 * Links renderings that share a run of four words holding two content words
 * (“nothing to cause them” / “I did nothing to cause them any harm”). When
 * the speakers named differ, the run must come with most of the shorter
 * rendering's content: “to build the bridge next year” in two speeches is a
 * shared phrase, the whole sentence under two names is one utterance.
 */
function linkByShingles(views: QuoteView[], rarity: Rarity, add: Add): void {
  const index = indexBy(views, (v) => new Set(contentShingles(v.norms)));
  const checked = new Set<number>();
  for (const list of index.values()) {
    for (const [i, j] of candidatePairs(list)) {
      const key = i * views.length + j;
      if (checked.has(key)) continue;
      checked.add(key);
      const a = views[i];
      const b = views[j];
      if (!a || !b) continue;
      if (speakersConflict(a, b) ? supportOf(a, b) >= CONTAINMENT : linkedByRun(a, b, rarity)) add(i, j);
    }
  }
}

/**
 * Links by shared content stems, with prefix filtering: a rendering whose
 * stems are mostly (≥ {@link CONTAINMENT}) inside another's must share one of
 * its rarest ⌊0.4·n⌋+1 stems, so only those posting lists are scanned.
 */
function linkByStems(views: QuoteView[], rarity: Rarity, add: Add): void {
  const index = indexBy(views, (v) => v.stems);
  const size = (s: string): number => index.get(s)?.length ?? 0;
  views.forEach((v, i) => {
    const stems = [...v.stems].sort((x, y) => size(x) - size(y) || (x < y ? -1 : 1));
    const k = stems.length <= 3 ? stems.length : Math.floor((1 - CONTAINMENT) * stems.length) + 1;
    const seen = new Set<number>([i]);
    for (const s of stems.slice(0, k)) {
      const list = index.get(s) ?? [];
      if (seen.size > MAX_CANDIDATES) break;
      for (let x = 0; x < Math.min(list.length, MAX_STEM_POSTING); x++) {
        const j = list[x] ?? i;
        if (seen.has(j)) continue;
        seen.add(j);
        const w = views[j];
        if (w && (linkedByContainment(v, w) || linkedAsFragments(v, w, rarity) || linkedAsExcerpt(v, w))) add(i, j);
      }
    }
  });
}

function indexBy(views: QuoteView[], keys: (v: QuoteView) => Iterable<string>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  views.forEach((v, i) => {
    for (const key of keys(v)) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  return index;
}

/** Pairs (i < j) to check in one posting list: all of them when short, else each member against the first {@link STAR}. */
function candidatePairs(list: number[]): [number, number][] {
  const out: [number, number][] = [];
  const heads = list.length <= FULL_POSTING ? list.length : STAR;
  for (let x = 0; x < Math.min(heads, list.length); x++) {
    for (let y = x + 1; y < list.length; y++) out.push([list[x] ?? 0, list[y] ?? 0]);
  }
  return out;
}
