import type { Span } from "../../schema/index.js";
import type { SourceHit } from "./source-hit.js";

/** "a statement on the NDP website" → "NDP website statement". */
const STATEMENT_ON = /\b(?:an?|the)\s+(?:[\w-]+\s+)?(statement|post|notice|message|release)\s+(?:posted\s+|published\s+)?(?:on|to)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[A-Z][\w’'.-]*\s+){1,3})(website|site|Facebook page|Twitter account|account|page|blog)\b/g;
/** A person's post: "Conservative leader Pierre Poilievre had tweeted that …". */
const TWEETED = /\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+((?:(?:has|had|also|later|earlier|previously)\s+)*(?:tweeted|posted on (?:Twitter|X|Facebook|Instagram|social media|LinkedIn)|wrote on (?:Twitter|X|Facebook|Instagram|social media|LinkedIn)))\b/g;
/** Papers as sources: "court documents", "documents obtained by …", "in a news release". */
const PAPERS = /\b(?:(?:court|police|government|internal|leaked|confidential|cabinet|budget|planning|legal|federal|financial)\s+(?:documents|records|filings)|documents\s+(?:obtained|seen|reviewed)\s+by|(?:a|the)\s+(?:news|press)\s+release|(?:a|the)\s+court\s+filing)\b/gi;

/**
 * Documents the article cites: statements posted on a site ("a statement on the
 * NDP website"), social-media posts ("Pierre Poilievre had tweeted" → "Pierre
 * Poilievre's tweet"), and papers ("court documents", "a news release").
 */
export function findDocuments(text: string, span: Span): SourceHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: SourceHit[] = [];
  const push = (start: number, end: number, name: string) => {
    hits.push({ start: span.start + start, end: span.start + end, kind: "document", name });
  };
  for (const m of slice.matchAll(STATEMENT_ON)) {
    push(m.index, m.index + m[0].length, `${(m[2] ?? "").trim()} ${m[3] ?? ""} ${m[1] ?? ""}`);
  }
  for (const m of slice.matchAll(TWEETED)) {
    const verb = m[2] ?? "";
    const at = m.index + m[0].length - verb.length;
    const medium = /tweeted/.test(verb) ? "tweet" : "post";
    push(at, at + verb.length, `${m[1] ?? ""}'s ${medium}`);
  }
  for (const m of slice.matchAll(PAPERS)) {
    push(m.index, m.index + m[0].length, m[0].toLowerCase().replace(/^(?:a|the)\s+/, ""));
  }
  return hits;
}
