import type { Span } from "../../schema/index.js";
import { CITED_ORGANIZATION_NOUNS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS, SPOKESPERSON_NOUNS } from "../../data/source-nouns.js";
import { ORG_NAME } from "./org-name.js";
import type { SourceHit } from "./source-hit.js";

const ORG_NOUN = [...ORGANIZATION_NOUNS].join("|");
const SPEAK = String.raw`(?:(?:also|later|earlier|has|had)\s+)*(?:said|says|told|stated|reported|confirmed|warned|noted|estimated|estimates)\b`;
/**
 * A name with an appositive saying what it is: "Harbour Health, the
 * provincial health authority, said". The comma after it is required: in
 * "a house on Quarry Lane, the fire district said" the body is the cue's.
 */
const APPOSITIVE = new RegExp(
  String.raw`(?<![\w’'])(${ORG_NAME}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?(?:${ORG_NOUN})(?=,\s+${SPEAK})`,
  "g",
);
/** A body named by its common noun after a citing cue: "according to the ministry", "citing the company". */
const CITED_NOUN = new RegExp(
  String.raw`\b(?:[Aa]ccording\s+to|[Cc]iting|[Pp]er)\s+the\s+((?:[a-z][\w-]*(?:['’]s)?\s+){0,2}(?:${[...CITED_ORGANIZATION_NOUNS].join("|")}))\b(?!\s+(?:of|for)\b|['’]s)`,
  "g",
);
/** A named body after a citing cue, possessives allowed: "according to the Marlin County Sheriff’s Office". */
const CITED_NAME = new RegExp(
  String.raw`\b(?:[Aa]ccording\s+to|[Cc]iting)\s+(?:the\s+)?((?:[A-Z][\w-]*(?:['’]s)?\s+(?:(?:of|and|for|the)\s+)*){0,5}(?:${[...ORGANIZATION_HEADS].filter((h) => /^[A-Z][a-z-]+$/.test(h)).join("|")}))\b`,
  "g",
);
/** A spokesperson for a body named by its common noun: "Renata Bly, a spokeswoman for the cooperative". */
const SPOKES_FOR_NOUN = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:${SPOKESPERSON_NOUNS.join("|")})\s+(?:for|with|at)\s+the\s+(${ORG_NOUN})\b`,
  "g",
);
/** Numbers a body put out: "figures released by Harbour Health", "data published by the Transit Authority". */
const FIGURES_BY = new RegExp(
  String.raw`\b(?:figures|data|numbers|statistics|estimates)\s+(?:released|published|compiled|provided|posted)\s+by\s+(?:the\s+)?(${ORG_NAME})`,
  "g",
);
/** A spokesperson named by the body's common noun: "a ministry spokesperson said". */
const NOUN_SPOKESPERSON = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(${ORG_NOUN})\s+(?:${SPOKESPERSON_NOUNS.join("|")})\b`,
  "g",
);

/**
 * Organizations cited in ways the speaking patterns miss: an appositive
 * ("Harbour Health, the provincial health authority, said in a statement" →
 * "Harbour Health"), a common noun after a citing cue ("according to the
 * ministry" → "ministry", later named after the body it stands for), figures
 * a body released ("figures released by Harbour Health") and a spokesperson
 * named by the body's noun ("a ministry spokesperson said" → "ministry").
 */
export function findOrganizationCues(text: string, span: Span): SourceHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: SourceHit[] = [];
  const push = (start: number, end: number, name: string) => {
    hits.push({ start: span.start + start, end: span.start + end, kind: "organization", name: name.replace(/[.,]$/, "") });
  };
  for (const m of slice.matchAll(APPOSITIVE)) push(m.index, m.index + m[0].length, m[1] ?? "");
  for (const re of [CITED_NOUN, CITED_NAME, FIGURES_BY, NOUN_SPOKESPERSON, SPOKES_FOR_NOUN]) {
    for (const m of slice.matchAll(re)) push(m.index, m.index + m[0].length, m[1] ?? "");
  }
  return hits;
}
