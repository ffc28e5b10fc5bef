import type { SourceHit } from "./source-hit.js";

export interface NamedSource extends SourceHit {
  name: string;
}

/**
 * Gives every mention its article-wide name, in text order:
 * - a pointer takes the name of the last source of its kind before it ("the
 *   outlet further reported" → "Metro News"; "per the sources" → "national
 *   security sources"); with none before, the next one after, else a generic name;
 * - curly apostrophes become straight ones, so "Prime Minister’s Office" and
 *   "Prime Minister's Office" are one name across outlets;
 * - an outlet named by part of a fuller name takes the fuller one ("Canada's
 *   CBC" … "CBC News" → "CBC News" only when both appear);
 * - a paper named by its noun alone takes the name of the last paper with that
 *   noun ("an internal memo obtained by the paper" … "The memo" → "internal memo").
 */
export function nameSources(found: SourceHit[]): NamedSource[] {
  const hits = found.map((h) => ({ ...h, name: h.name?.replace(/[\u2018\u2019]/g, "'") ?? null }));
  const outlets = hits.filter((h) => h.kind === "outlet" && h.name && h.name !== "media reports").map((h) => h.name ?? "");
  return hits.map((h, i): NamedSource => {
    if (h.kind === "document" && h.name && /^[a-z-]+$/.test(h.name)) return { ...h, name: earlierPaper(hits.slice(0, i), h.name) };
    if (h.name) return { ...h, name: h.kind === "outlet" ? fullestName(h.name, outlets) : h.name };
    const same = (k: SourceHit) => k.kind === h.kind && k.name !== null && k.name !== "media reports";
    const before = hits.slice(0, i).reverse().find(same);
    const after = hits.slice(i + 1).find(same);
    const name = (before ?? after)?.name ?? (h.kind === "anonymous" ? "anonymous sources" : "unnamed outlet");
    return { ...h, name: h.kind === "outlet" ? fullestName(name, outlets) : name };
  });
}

function fullestName(name: string, all: string[]): string {
  const longer = all.filter((n) => n.length > name.length && n.startsWith(`${name} `));
  return longer.sort((a, b) => b.length - a.length)[0] ?? name;
}

function earlierPaper(before: SourceHit[], noun: string): string {
  const last = before.reverse().find((k) => k.kind === "document" && k.name?.split(" ").at(-1) === noun);
  return last?.name ?? noun;
}
