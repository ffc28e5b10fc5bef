import { ORGANIZATION_NOUNS } from "../../data/source-nouns.js";
import { ORG_NAME } from "./org-name.js";
import type { SourceHit } from "./source-hit.js";

/** Name endings that make a body a company: "Acme Mining Inc.", "Borealis Ltd". */
const COMPANY_HEADS = ["Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "Corporation", "Company", "Co.", "LLC", "Limited", "plc", "Group"];
const NAMES = new RegExp(String.raw`(?<![\w’'])${ORG_NAME}`, "g");

/**
 * Names an organization cited by its common noun after the body it stands
 * for, named earlier in the article: "Acme Mining Inc. will cut 200 jobs …
 * according to the company" → "Acme Mining Inc."; "the Ministry of Transport
 * … a ministry spokesperson said" → "Ministry of Transport". With no such
 * name before it, the noun stays ("company"): a weak, generic name.
 */
export function resolveOrganizationNouns(text: string, articleStart: number, hits: SourceHit[]): SourceHit[] {
  return hits.map((h) => {
    if (h.kind !== "organization" || !h.name || !ORGANIZATION_NOUNS.has(h.name)) return h;
    const heads = headsOf(h.name);
    const before = text.slice(articleStart, h.start);
    let found: string | null = null;
    for (const m of before.matchAll(NAMES)) {
      const name = trimTo(m[0], heads);
      if (name) found = name;
    }
    return found ? { ...h, name: found } : h;
  });
}

/** "company" → company endings and "Company"; "ministry" → "Ministry". */
function headsOf(noun: string): string[] {
  const cap = noun.charAt(0).toUpperCase() + noun.slice(1);
  return noun === "company" || noun === "firm" ? COMPANY_HEADS : [cap];
}

/**
 * The part of a capitalised run that names the body: "On Monday Acme Mining
 * Inc." → "Acme Mining Inc."; a run without the head word gives null.
 */
function trimTo(run: string, heads: string[]): string | null {
  // A name never runs over a line: "Posted 6:30 AM ET\nAcme Mining Inc." → "Acme Mining Inc.".
  const words = (run.split("\n").at(-1) ?? run).trim().split(/\s+/);
  const at = words.findIndex((w) => heads.includes(w.replace(/,$/, "")));
  if (at < 0) return null;
  let kept: string[];
  // A company's name ends at its suffix ("Acme Mining Inc."); "Provincial Ministry of Transport" runs on after "of";
  // a head in the middle ("West Block and Government Conference Centre") names something else.
  if (heads === COMPANY_HEADS || at === words.length - 1) kept = words.slice(0, at + 1);
  else if (/^(?:of|for)$/.test(words[at + 1] ?? "")) kept = words;
  else return null;
  // "Fenwick-based Orlan Health Products Inc.": where the body sits is no part of its name.
  while (kept.length > 1 && (LEADING.test(kept[0] ?? "") || /-based$/.test(kept[0] ?? ""))) kept.shift();
  return kept.join(" ").replace(/,$/, "").replace(/['’]s$/, "");
}

/** Capitalised words that open a sentence rather than a name: "On Monday Acme Mining Inc. said". */
const LEADING = /^(?:On|In|At|The|A|An|But|And|By|For|From|After|Before|When|While|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
