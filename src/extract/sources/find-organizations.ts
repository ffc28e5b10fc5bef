import type { Span } from "../../schema/index.js";
import { REPORTING_VERB_BASE, REPORTING_VERB_FORMS } from "../../data/reporting-verbs.js";
import {
  GROUP_NOUNS, NON_ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS, SPOKESPERSON_NOUNS,
} from "../../data/source-nouns.js";
import { NAME_WORD, ORG_NAME } from "./org-name.js";
import type { SourceHit } from "./source-hit.js";

const WORD = NAME_WORD;
/** A capitalised name: "China's Foreign Ministry", "Department of Justice". */
const NAME = ORG_NAME;
/** A possessive name and a common organization noun: "Indonesia's disaster mitigation agency". */
const OWNED_BODY = String.raw`${WORD}(?:\s+${WORD})*(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}(?:${[...ORGANIZATION_NOUNS].join("|")})`;
const SPOKES = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:${SPOKESPERSON_NOUNS.join("|")})\s+(?:for|from|with|of|at)\s+(?:the\s+)?(${OWNED_BODY}|${NAME})`,
  "g",
);
export const ADVERBS = String.raw`(?:(?:also|reportedly|later|previously|has|had|have|further|then|initially|earlier|last\s+\w+|recently|publicly|repeatedly)\s+)*`;
const EXTRA_VERBS = ["briefed", "found", "concluded", "determined", "disputes", "disputed", "acknowledged", "estimates", "estimated"];
/** A body that announces or calls does something rather than tells: "The company announced the cuts on Monday". */
const SKIP_VERBS = new Set([
  "call", "called", "calls", "calling", "ask", "asked", "asks", "asking", "agree", "agreed", "agrees", "point", "pointed",
  "points", "post", "posts", "posted", "announce", "announced", "announces",
  // "Tarrow Health Products Inc. recalled the drops": a body recalls products, not memories.
  "recall", "recalled", "recalls",
]);
const VERB_FORMS = [...REPORTING_VERB_FORMS, ...EXTRA_VERBS].filter((v) => !SKIP_VERBS.has(v) && !/ing$/.test(v));
/** One body speaks in the past or third person ("The RCMP told"); a base form is too often a noun ("GOP state senator"). */
export const VERBS = VERB_FORMS.filter((v) => REPORTING_VERB_BASE.get(v) !== v).join("|");
const GROUP_VERBS = VERB_FORMS.join("|");
/** A relative clause between a body and its verb: "Northfork Electric Cooperative, which owns the line, said". */
const RELATIVE = String.raw`(,\s+(?:which|that)\s+[^,.;:“”"]{1,80},)?`;
/**
 * A named organization speaking: "The RCMP told a House committee", "The
 * Canadian Security Intelligence Service (CSIS) reportedly briefed",
 * "Northfork Electric Cooperative, which owns the line, said".
 */
const NAMED_SPEAKS = new RegExp(String.raw`(?<![\w’'])(?:(?:the|The)\s+)?(${NAME})(\s+\([A-Z]{2,8}\))?${RELATIVE}\s+${ADVERBS}(?:${VERBS})\b`, "g");
/** An organization named by a common noun: "the Chinese consulate in Toronto said", "The auditor general's office said". */
const NOUN_SPEAKS = new RegExp(
  String.raw`\b(?:the|The)\s+((?:[A-Z][\w’'-]*\s+){0,2}(?:(?:[a-z]+\s+)?[a-z]+['’]s\s+|[a-z]+\s+)?(?:${[...ORGANIZATION_NOUNS].join("|")})(?:\s+(?:in|of|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)\s+${ADVERBS}(?:${VERBS})\b`,
  "g",
);
/** Groups speaking: "as many human rights groups allege". */
const GROUPS_SPEAK = new RegExp(
  String.raw`\b(?:(?:many|several|some|other|numerous|various|most|the|both|two|three)\s+)?((?:[a-z][\w-]*\s+){0,3}(?:${[...GROUP_NOUNS].map((g) => `[${g.charAt(0)}${g.charAt(0).toUpperCase()}]${g.slice(1)}`).join("|")}))\s+${ADVERBS}(?:${GROUP_VERBS})\b`,
  "g",
);

/**
 * A body inside someone else's reported words is their source, not the
 * article's: "MacLeod said the union had warned the department".
 */
const REPORTED_CLAUSE = /\b(?:said|says|say|told\s+\w+|added|argued|explained|believes?)\s+(?:that\s+)?$/;

/** Words before a group's name that are not part of it: "as many human rights groups allege". */
const GROUP_LEAD = /^(?:(?:as|and|or|that|which|the|many|several|some|other|numerous|various|most|both|two|three|of|in|while|but)\s+)+/;

/**
 * Organizations the article cites: spokespeople ("a spokesperson for China's
 * Foreign Ministry" → "China's Foreign Ministry"), named bodies that say or
 * report ("The RCMP told a House committee" → "RCMP"), bodies named by a common
 * noun ("the Chinese consulate in Toronto said") and groups ("many human
 * rights groups allege" → "human rights groups").
 */
export function findOrganizations(text: string, span: Span, outletNames: ReadonlySet<string>): SourceHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: SourceHit[] = [];
  const push = (start: number, end: number, name: string) => {
    hits.push({ start: span.start + start, end: span.start + end, kind: "organization", name });
  };
  for (const m of slice.matchAll(SPOKES)) {
    const name = trimName(m[1] ?? "");
    const kind = isOrganizationName(name) || hasOrganizationWord(name) ? "organization" : "person";
    hits.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, kind, name });
  }
  for (const m of slice.matchAll(NAMED_SPEAKS)) {
    const whole = m[1] ?? "";
    const name = organizationTail(whole);
    if (!name || outletNames.has(name)) continue;
    const nameEnd = m.index + m[0].indexOf(whole) + whole.length;
    const start = nameEnd - name.length;
    // "Dale Kuusela, president of the Hardrock Workers Union, which represents them, said": the person speaks.
    if (m[3] && /\b(?:of|for|with|at)\s+(?:the\s+)?$/.test(slice.slice(Math.max(0, start - 9), start))) continue;
    const the = /(?:the|The)\s+$/.exec(slice.slice(Math.max(0, start - 4), start));
    const acronym = /\(([A-Z]{2,8})\)/.exec(m[2] ?? "")?.[1];
    push(start - (the?.[0].length ?? 0), nameEnd + (m[2]?.length ?? 0), acronym ?? name);
  }
  for (const m of slice.matchAll(NOUN_SPEAKS)) {
    const name = m[1] ?? "";
    if (REPORTED_CLAUSE.test(slice.slice(Math.max(0, m.index - 30), m.index))) continue;
    push(m.index, m.index + m[0].indexOf(name) + name.length, name);
  }
  for (const m of slice.matchAll(GROUPS_SPEAK)) {
    const whole = m[1] ?? "";
    const name = whole.replace(GROUP_LEAD, "");
    const end = m.index + m[0].indexOf(whole) + whole.length;
    push(end - name.length, end, name);
  }
  return hits;
}

/** An organization's name: it ends in a head word ("… Office") or is an acronym ("RCMP"). */
function isOrganizationName(name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? "";
  if (/^[A-Z]{2,6}$/.test(name)) return !NON_ORGANIZATION_ACRONYMS.has(name);
  // "Ministry of the Environment, Conservation and Parks": the head comes before "of".
  const headOf = /^([A-Z][\w.]*)\s+(?:of|for)\s/.exec(name)?.[1];
  // "University of Chicago. It found": a sentence break ends the name.
  if (headOf && ORGANIZATION_HEADS.has(headOf)) return !/[a-z]\.\s/.test(name);
  return name.includes(" ") && ORGANIZATION_HEADS.has(last);
}

/** Any head word or common organization noun: "Animal Protection Services of Saskatchewan", "Indonesia's disaster agency". */
function hasOrganizationWord(name: string): boolean {
  return name.split(/\s+/).some((w) => ORGANIZATION_HEADS.has(w) || ORGANIZATION_NOUNS.has(w));
}

/** The longest tail of `name` that is an organization: "Meanwhile RCMP" → "RCMP". */
function organizationTail(name: string): string | null {
  // "Fire Chief Ana Pelt of the Harbour Fire District told …": a person of the body speaks, not the body.
  const before = /^(.+?)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(name)?.[1];
  if (before && !ORGANIZATION_HEADS.has(before.split(/\s+/).at(-1) ?? "")) return null;
  const words = name.split(/\s+/);
  while (words.length > 0) {
    const candidate = words.join(" ");
    if (!/^(?:of|for|and|on|de|the)\b/.test(candidate) && isOrganizationName(candidate)) return candidate;
    words.shift();
  }
  return null;
}

function trimName(name: string): string {
  return name.replace(/^(?:The|the)\s+/, "").replace(/[.,]$/, "");
}
