import type { Span } from "../../schema/index.js";
import { ORGANIZATION_HEADS } from "../../data/source-nouns.js";
import { escapeRegExp } from "./source-hit.js";
import type { SourceHit } from "./source-hit.js";
import { ADVERBS, VERBS } from "./find-organizations.js";

/**
 * A body named in full once and by its first word after: "Orlan Health
 * Products Inc. recalled nine lots … Orlan said consumers should stop" → the
 * organization "Orlan Health Products Inc.". A full name is two to five
 * capitalised words ending in an organization's head word (see
 * {@link fullOrganizationNames}). The first word must not also
 * stand after another capitalised word ("Doug Ford" beside "Ford Motor Co."),
 * where it may be a person's surname.
 */
export function findOrganizationShortForms(text: string, spans: readonly Span[], articleText: string): SourceHit[] {
  const hits: SourceHit[] = [];
  const forms = shortForms(articleText);
  if (forms.size === 0) return hits;
  for (const span of spans) {
    for (const [first, name] of forms) {
      for (let at = text.indexOf(first, span.start); at >= 0 && at < span.end; at = text.indexOf(first, at + 1)) {
        if (/[\p{L}\p{N}’'-]/u.test(text.charAt(at - 1))) continue;
        if (SPEAKS_AFTER.test(text.slice(at + first.length, Math.min(span.end, at + first.length + 60)))) hits.push({ start: at, end: at + first.length, kind: "organization", name });
      }
    }
  }
  return hits;
}

/** A speaking verb right after the short form: "Orlan said", "Orlan has also said". */
const SPEAKS_AFTER = new RegExp(String.raw`^\s+${ADVERBS}(?:${VERBS})\b`);

/** First word → full name, for the article's organizations whose first word is no one's surname. */
function shortForms(articleText: string): Map<string, string> {
  const byFirst = new Map<string, string>();
  for (const name of fullOrganizationNames(articleText)) {
    const first = name.split(/\s+/)[0] ?? "";
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || byFirst.has(first)) continue;
    if (usedAsSurname(articleText, first, name)) continue;
    byFirst.set(first, name);
  }
  return byFirst;
}

// Longest first: "Inc." before "Inc".
const HEAD = [...ORGANIZATION_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}&-]*){0,3}\s+(?:${HEAD})(?![\p{L}-])`, "gu");

/** Organizations an article names in full: "Orlan Health Products Inc.", "Ardley Valley Transit Authority". */
export function fullOrganizationNames(articleText: string): string[] {
  return [...new Set([...articleText.matchAll(FULL_NAME)].map((m) => m[0]))];
}

/** Capitalised words before a company's first word that are no given name: "The Tarrow Group", "Fenwick-based Tarrow". */
const NOT_GIVEN_NAME = /^(?:The|A|An|At|In|On|By|For|From|With|And|But|Of|To|Its|Their|Our|\p{Lu}[\p{L}]*-based)$/u;

/**
 * Whether the article writes the word as someone's surname: after a
 * capitalised word that could be a given name ("Doug Ford"), where the
 * company's own name does not go on ("Ford Motor Co.").
 */
function usedAsSurname(articleText: string, first: string, name: string): boolean {
  const second = name.split(/\s+/)[1] ?? "";
  const re = new RegExp(String.raw`(\p{Lu}[\p{L}.'’-]*)\s+${escapeRegExp(first)}\b(?:\s+(\S+))?`, "gu");
  for (const m of articleText.matchAll(re)) {
    if (!NOT_GIVEN_NAME.test(m[1] ?? "") && m[2] !== second) return true;
  }
  return false;
}
