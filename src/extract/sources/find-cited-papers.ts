import type { Span } from "../../schema/index.js";
import { DOCUMENT_NAME_SKIPS, DOCUMENT_NOUNS, DOCUMENT_VERBS } from "../../data/document-nouns.js";
import type { SourceHit } from "./source-hit.js";

/** "news release", not "release": "the decision allowing his release said" is not a paper. */
const NOUN = `(?:(?:news|press|media)\\s+release|${DOCUMENT_NOUNS.join("|")})`;
/** Up to four modifiers, possessives included: "the province's auditor general's", "an internal", "the authority's own 2025 ridership". */
const MODS = String.raw`(?:(?!(?:in|on|at|to|of|by|for|with|from|that|which|and|or|is|was|a|an|the|after|before|as|than|into|about|over)\s)[\w-]+(?:['’]s)?\s+){0,4}?`;
const DET = String.raw`(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)`;
/** Who the paper is from: "from the province's auditor general", "by Auditor General Ana Pelt". */
const FROM = String.raw`(?:\s+(?:from|by|of)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)?`;
/** What stands between the paper and its verb: ", released earlier this week,", ", released Jan. 9 and signed by …,", " obtained by the paper", " dated March 7". */
const BETWEEN = String.raw`(?:,\s+(?:[^,.;"“”]|\.(?=\s\d)){1,80},|\s+(?:obtained|seen|reviewed|released|published|dated|issued|filed|sent|prepared|tabled)(?:\s+[\w’'.-]+){0,5}?)?`;
const ADVERBS = String.raw`\s+(?:(?:also|further|previously|later|earlier|reportedly|had|has|have)\s+)*`;
/** A paper that finds or says: "The auditor general's report also found", "The memo, dated June 2023, warned". */
const PAPER_SAYS = new RegExp(
  String.raw`(?<![\w’'-])(${DET}\s+${MODS}${NOUN}${FROM})${BETWEEN}${ADVERBS}(?:${DOCUMENT_VERBS.join("|")})\b`,
  "g",
);
/**
 * A paper that "It" then says something of, in the next sentence: "The review by
 * the ombudsman covered two years of complaints. It found that …".
 */
const PAPER_THEN_IT = new RegExp(
  String.raw`(?<![\w’'-])(${DET}\s+${MODS}${NOUN}${FROM})${BETWEEN}\s+[a-z]+(?:ed|s)\b[^.!?"“”]{0,200}[.]\s+It${ADVERBS}(?:${DOCUMENT_VERBS.join("|")})\b`,
  "g",
);
/** Who filed or released the papers: "documents the firm filed with the province", "filings with the regulator". */
const FILED = String.raw`(?:\s+(?:[A-Z][\w-]*\s+){0,3}(?:filed|released|published|submitted|prepared|obtained)(?:\s+(?:with|to|by)\s+(?:the\s+)?[\w’'-]+)?|\s+(?:the|its|their)\s+[a-z][\w-]*\s+(?:filed|released|published|submitted|prepared)(?:\s+(?:with|to|by)\s+(?:the\s+)?[\w’'-]+)?|\s+(?:with|from|by)\s+(?:the\s+)?[\w’'-]+)?`;
/** A paper after a citing cue: "according to company filings with the province", "which cited an internal memo". */
const PAPER_CITED = new RegExp(
  String.raw`\b(?:[Aa]ccording\s+to|[Cc]iting|cited|quoting|quoted\s+from|based\s+on)\s+((?:${DET}\s+)?${MODS}${NOUN}${FILED})(?![\w-])`,
  "g",
);

/**
 * A leaked or obtained paper the writer has read: "In a memo to managers
 * obtained by the Ledger, Kilbride wrote …". ("In a statement, she said" is
 * the speaker's own word, not a paper the writer cites.)
 */
const PAPER_OBTAINED = new RegExp(
  String.raw`\b[Ii]n\s+((?:an?|the)\s+${MODS}${NOUN}(?:\s+to\s+[\w-]+)?)\s+(?:(?:first\s+)?reported|obtained|seen|reviewed|leaked\s+to)\s+by\b`,
  "g",
);

/**
 * Papers the article takes information from: a report, audit, memo, order or
 * release that finds or says something ("The audit found", "A compliance order
 * dated March 7 requires", "Its first news release called it a spill"; "The
 * study covered 2023. It found …"), and
 * papers after a citing cue ("according to documents the firm filed with the
 * province", "citing an internal memo"). "The memo" with no modifier points
 * back to the last paper of that noun (see {@link nameSources}).
 */
export function findCitedPapers(text: string, span: Span): SourceHit[] {
  const slice = text.slice(span.start, span.end);
  const hits: SourceHit[] = [];
  for (const re of [PAPER_SAYS, PAPER_THEN_IT, PAPER_CITED, PAPER_OBTAINED]) {
    for (const m of slice.matchAll(re)) {
      const phrase = m[1] ?? "";
      const start = m.index + m[0].indexOf(phrase);
      if (isNewsReport(phrase)) continue;
      hits.push({ start: span.start + start, end: span.start + start + phrase.length, kind: "document", name: namePaper(phrase) });
    }
  }
  return hits;
}

/**
 * "a new report alleged" names no author and no kind of paper: in news copy it
 * is as often another outlet's story as a paper, so it is left to the outlet finders.
 */
function isNewsReport(phrase: string): boolean {
  return /^an?\s+/i.test(phrase) && /^reports?$/.test(namePaper(phrase));
}

/**
 * A paper's name: its words without determiners and passing adjectives, the
 * author first when the text gives one ("a report from the province's auditor
 * general" → "auditor general's report"; "documents Acme filed with the
 * province" → "Acme documents"; "Its first news release" → "news release").
 */
export function namePaper(phrase: string): string {
  const noun = new RegExp(String.raw`^(.*?\b${NOUN})(?:\s+(from|by|of)\s+(.+)|\s+(.+))?$`, "s").exec(phrase.replace(/\s+/g, " "));
  const head = words(noun?.[1] ?? phrase);
  const [, , link, author, rest] = noun ?? [];
  if (link && link !== "of" && author) return `${ownerOf(author)}'s ${head}`;
  const filer = /^([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:filed|released|published|submitted|prepared)\b/.exec(rest ?? "")?.[1];
  return filer ? `${filer} ${head}` : head;
}

function words(s: string): string {
  return s
    .replace(/[’]/g, "'")
    .split(/\s+/)
    .filter((w, i) => !(i === 0 && /^(?:an?|the|its|their|his|her)$/i.test(w)) && !DOCUMENT_NAME_SKIPS.has(w.toLowerCase()))
    .join(" ");
}

/** "the province's auditor general" → "auditor general": the last owner is the author. */
function ownerOf(author: string): string {
  const parts = author.replace(/[’]/g, "'").split(/\s+/);
  const last = parts.map((w) => /'s$/.test(w)).lastIndexOf(true);
  return words(parts.slice(last + 1).join(" ")) || words(author);
}
