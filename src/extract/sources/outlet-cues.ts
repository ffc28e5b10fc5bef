import type { Span } from "../../schema/index.js";

const BEFORE_WORDS = [
  "according to", "per", "citing", "cited", "told", "tells", "telling", "confirmed to", "said to", "speaking to",
  "speaking with", "spoke to", "spoke with", "talking to", "talked to", "interview with", "interview on",
  "statement to", "published by", "reported by", "broadcast by", "aired by", "obtained by", "revealed by",
  "first reported by", "released by", "conducted by", "commissioned by", "quoted by", "quoted in", "cited by",
  "cited in", "appeared in", "appeared on", "appearing on", "appearing in", "wrote in", "writing in", "wrote for",
  "writing for", "reports in", "reports from", "report from", "report by", "report in", "story from", "story by",
  "story in", "article in", "article by", "article from", "piece in", "piece by", "reporting by", "reporting from",
  "investigation by", "broadcast on", "coverage by", "poll by", "survey by",
];
/** The words just before a cited outlet: "according to Reuters", "he told Metro News", "a story from …". */
const BEFORE_CUE = new RegExp(
  String.raw`\b(?:${BEFORE_WORDS.join("|")})\s+(?:(?:the|an?)\s+)?(?:(?:same\s+)?outlet\s+)?(?:[A-Z][\w]*(?:'s|’s)\s+)?$`,
  "i",
);
const AUX = String.raw`(?:also|further|first|later|previously|initially|originally|recently|earlier|exclusively|then|has|had|have|was|were|is|which|that|who|in\s+\w+|last\s+\w+|on\s+\w+)`;
const PUBLISHING_VERBS = [
  "reported", "reports", "reporting", "said", "says", "wrote", "writes", "revealed", "reveals", "published",
  "publishes", "broke", "learned", "learnt", "obtained", "found", "cited", "cites", "citing", "confirmed", "quoted",
  "quotes", "aired", "broadcast", "alleged", "alleges", "claimed", "claims", "disclosed", "noted", "stated",
  "described", "identified", "first reported", "asserted", "detailed", "uncovered", "exposed",
];
/** The words just after a cited outlet: "the Daily Caller reported", "Global published new reporting", ", which cited …". */
const AFTER_VERB = new RegExp(String.raw`^(?:'s|’s|’|')?\s*(?:,\s*)?(?:${AUX}\s+)*(?:${PUBLISHING_VERBS.join("|")})\b`, "i");
/** A piece of the outlet's work: "Global’s reporting", "the Metro News report", "A Metro News story last month". */
const AFTER_NOUN = new RegExp(
  String.raw`^(?:'s|’s|’|')?\s+(?:(?:new|latest|own|original|exclusive|recent|earlier|previous|initial|investigative|first|news)\s+)*(?:story|stories|report|reports|reporting|article|articles|investigation|piece|coverage|interview|analysis|broadcast|documentary|poll|survey|exposé|expose|podcast|op-ed|editorial|headline|tally|count|data)\b`,
  "i",
);
/** The outlet speaking about its own checks, not citing: "CBC News has not verified the allegations". */
const OWN_DISCLAIMER = /^\s+(?:has|had|have|could|did|does|was|is)\s+(?:not|n['’]t|been unable|reached out|contacted|asked|requested)\b|^\s+(?:reached out|requested|contacted)\b/i;

/**
 * Whether the outlet mentioned at `mention` is cited as where information
 * came from: by the words before it ("a story from Metro News", "he told
 * Metro News", "according to the Metro Post"), or after it ("Metro News
 * reported", "Metro's reporting", "Metro News, citing …"). An outlet's
 * disclaimer about itself is not a citation: "Metro News has not verified …".
 */
export function isCitedOutlet(text: string, mention: Span, paragraph: Span): boolean {
  const before = text.slice(Math.max(paragraph.start, mention.start - 80), mention.start);
  const after = text.slice(mention.end, Math.min(paragraph.end, mention.end + 80));
  if (OWN_DISCLAIMER.test(after)) return false;
  return BEFORE_CUE.test(before) || AFTER_VERB.test(after) || AFTER_NOUN.test(after);
}

