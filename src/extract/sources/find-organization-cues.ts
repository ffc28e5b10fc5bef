import type { Span } from "../../schema/index.js";
import { ORGANIZATION_NOUNS, SPOKESPERSON_NOUNS } from "../../data/source-nouns.js";
import { ORG_NAME } from "./org-name.js";
import type { SourceHit } from "./source-hit.js";

const ORG_NOUN = [...ORGANIZATION_NOUNS].join("|");
const SPEAK = String.raw`(?:(?:also|later|earlier|has|had)\s+)*(?:said|says|told|stated|reported|confirmed|warned|noted|estimated|estimates)\b`;
/** A name with an appositive saying what it is: "Harbour Health, the provincial health authority, said". */
const APPOSITIVE = new RegExp(
  String.raw`(?<![\w’'])(${ORG_NAME}),\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?(?:${ORG_NOUN})(?=,?\s+${SPEAK})`,
  "g",
);
/** A body named by its common noun after a citing cue: "according to the ministry", "citing the company". */
const CITED_NOUN = new RegExp(String.raw`\b(?:[Aa]ccording\s+to|[Cc]iting|[Pp]er)\s+the\s+(${ORG_NOUN})\b(?!\s+(?:of|for)\b|['’]s)`, "g");
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
  for (const re of [CITED_NOUN, FIGURES_BY, NOUN_SPOKESPERSON]) {
    for (const m of slice.matchAll(re)) push(m.index, m.index + m[0].length, m[1] ?? "");
  }
  return hits;
}
