/**
 * Which articles of a run tell one story, as far as names go: two articles
 * are linked when they name one person in full (two words or more) as a
 * speaker. A run of unrelated stories keeps “Kim” in a hockey report from
 * becoming the “Erin Kim” of a housing report; seven outlets quoting
 * “Han Dong” stay one story. An article that names its speakers only by
 * surname joins the one story whose full names hold that surname.
 */
import type { Statement } from "../schema/index.js";
import { nameWords } from "./names.js";
import { UnionFind } from "./union-find.js";

/** Article id → story number; articles with no speaker in full form a story each. */
export function storiesByNames(statements: Statement[]): Map<string, number> {
  const articles: string[] = [];
  const indexOf = new Map<string, number>();
  const fullNames = new Map<string, number[]>();
  const shortNames = new Map<number, Set<string>>();
  for (const s of statements) {
    if (!indexOf.has(s.article)) {
      indexOf.set(s.article, articles.length);
      articles.push(s.article);
    }
    if ((s.kind !== "quote" && s.kind !== "claim") || !s.speaker) continue;
    const words = nameWords(s.speaker);
    const article = indexOf.get(s.article) ?? 0;
    if (words.length === 1) shortNames.set(article, (shortNames.get(article) ?? new Set<string>()).add(words[0] ?? ""));
    if (words.length < 2) continue;
    const key = words.join(" ");
    const list = fullNames.get(key) ?? [];
    list.push(indexOf.get(s.article) ?? 0);
    fullNames.set(key, list);
  }
  const uf = new UnionFind(articles.length);
  for (const list of fullNames.values()) for (const i of list) uf.union(list[0] ?? i, i);
  const withFullNames = new Set([...fullNames.values()].flat());
  for (const [article, shorts] of shortNames) {
    if (withFullNames.has(article)) continue;
    for (const short of shorts) {
      const stories = new Set(
        [...fullNames].filter(([full]) => full.endsWith(` ${short}`)).flatMap(([, list]) => list.map((i) => uf.find(i))),
      );
      const [only] = stories;
      if (stories.size === 1 && only !== undefined) uf.union(only, article);
    }
  }
  return new Map(articles.map((a, i) => [a, uf.find(i)]));
}
