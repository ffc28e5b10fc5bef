/**
 * Compare stage: quotes grouped into utterances and related pair by pair,
 * dates and valued claims aligned by event, sources by name. Pure.
 */
import { describeTopic } from "./describe-topic.js";
import type { Article, ClaimStatement, Comparison, DateStatement, Pair, Quote, SourceStatement, Statement } from "../schema/index.js";
import { measureRarity } from "../align/rarity.js";
import { storiesByNames } from "../align/stories.js";
import { compareQuotes } from "./quotes.js";
import { compareReported } from "./reported.js";
import { groupFacts } from "./facts.js";
import { groupValuedClaims, isValuedTopic } from "./valued-claims.js";
import { groupSources } from "./sources.js";
import { decideVerdict } from "./verdict.js";

type Draft = Omit<Comparison, "id">;

/**
 * Every comparison across the corpus, ids c1, c2, … in order of each
 * comparison's first statement (article order, then position). `textOf`
 * maps a file to its text, for rarity counts and the clause around a date.
 * Quotes of kind "term" are not utterances and are left out; a quote only
 * one article carries is a "single" comparison.
 */
export function compareStatements(articles: Article[], statements: Statement[], textOf: Map<string, string>): Comparison[] {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const rank = (s: Statement): [number, number, number] => [order.get(s.article) ?? articles.length, s.start, s.end];
  const byPosition = (x: Statement, y: Statement): number => {
    const [a, b] = [rank(x), rank(y)];
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  };
  const sorted = [...statements].sort(byPosition);
  const quotesOf = new Map<string, Statement[]>();
  for (const q of sorted) if (q.kind === "quote" && q.quoteKind !== "term") quotesOf.set(q.article, [...(quotesOf.get(q.article) ?? []), q]);
  const rarity = measureRarity(articles.map((a) => narrativeOf(a, textOf.get(a.file) ?? "", quotesOf.get(a.id) ?? [])));
  const quotes = sorted.filter((s): s is Quote => s.kind === "quote" && s.quoteKind !== "term");
  const dates = sorted.filter((s): s is DateStatement => s.kind === "date" && s.value !== null);
  const claims = sorted.filter((s): s is ClaimStatement => s.kind === "claim" && s.value !== null);
  const sources = sorted.filter((s): s is SourceStatement => s.kind === "source");
  const reported = sorted.filter((s): s is ClaimStatement => s.kind === "claim" && s.topic === null);
  const drafts: { first: Statement; draft: Draft }[] = [];
  const push = (members: Statement[], kind: Comparison["kind"], label: string, speaker: string | null, pairs: Pair[], isFact = false): void => {
    const ms = [...members].sort(byPosition);
    const articleIds = [...new Set(ms.map((m) => m.article))];
    const verdict = decideVerdict(articleIds.length, pairs, isFact);
    const first = ms[0];
    if (first) drafts.push({ first, draft: { kind, verdict, label, speaker, statements: ms.map((m) => m.id), articles: articleIds, pairs } });
  };
  for (const g of compareQuotes(quotes, rarity, textOf)) {
    const speaker = mostCommon(g.members.map((q) => q.speaker));
    push(g.members, "quote", speaker ?? "unattributed", speaker, g.pairs);
  }
  for (const g of compareReported(reported, rarity, textOf)) push(g.members, "claim", `what ${g.speaker ?? "someone"} said (reported speech)`, g.speaker, g.pairs);
  const storyOf = storiesByNames(sorted);
  for (const g of groupFacts(dates, textOf, storyOf)) push(g.members, "date", describeTopic(g.label, "date", around(g.members[0], textOf)), null, g.pairs, true);
  const valued = claims.filter((c) => isValuedTopic(c.topic));
  const others = claims.filter((c) => !isValuedTopic(c.topic));
  for (const g of groupFacts(others, textOf)) push(g.members, "claim", describeTopic(g.label, "claim"), null, g.pairs, true);
  for (const g of groupValuedClaims(valued, storyOf)) push(g.members, "claim", describeTopic(g.label, "claim"), null, g.pairs, true);
  for (const g of groupSources(sources)) push(g, "source", g[0]?.source ?? "", null, []);
  drafts.sort((x, y) => byPosition(x.first, y.first) || x.draft.kind.localeCompare(y.draft.kind));
  return drafts.map((d, i) => ({ id: `c${i + 1}`, ...d.draft }));
}

/** The most frequent non-null value, the earliest on ties; null when there is none. */
function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** The text around a statement (its sentence, roughly), where a label's word is looked up. */
function around(s: Statement | undefined, textOf: Map<string, string>): string {
  if (!s) return "";
  const text = textOf.get(s.file) ?? "";
  return text.slice(Math.max(0, s.start - 150), s.end + 150);
}

/**
 * An article's text with its quotations blanked out: the writer's own words.
 * Rarity is counted there, because a word only speakers use is evidence two
 * short renderings take one utterance even when every outlet quotes it
 * (“I will fight this” / “I will not fight this” in a two-article story),
 * while a word the writers use themselves is the story's topic
 * (“allegations”) and links nothing.
 */
function narrativeOf(article: Article, text: string, quotes: Statement[]): string {
  const parts: string[] = [];
  let at = article.start;
  for (const q of quotes) {
    if (q.start < at || q.end > article.end) continue;
    parts.push(text.slice(at, q.start), " ");
    at = q.end;
  }
  parts.push(text.slice(at, article.end));
  return parts.join("");
}
