import type { Span } from "../../schema/index.js";
import { NAMES_NEEDING_ARTICLE, NEWS_OUTLET_NAMES, OUTLET_SUFFIXES } from "../../data/news-outlets.js";
import { MORE_OUTLET_SUFFIXES } from "../../data/outlet-suffixes.js";
import { escapeRegExp } from "./source-hit.js";
import { keepLongest } from "../keep-longest.js";

/** A place where the text names an outlet; `name` is as written, without "the". */
export interface OutletMention {
  start: number;
  end: number;
  name: string;
}

const LEXICON = new RegExp(
  String.raw`(?<![\w'’-])(?:(the|The)\s+)?(${NEWS_OUTLET_NAMES.map(escapeRegExp).join("|")})(?![\w-]|['’]\w\w)`,
  "g",
);
const CAP = String.raw`[A-Z][\w&-]*`;
/** Capitalised words before a news word, a channel number allowed after one: "Metro News", "KQCF 9 News". */
const SUFFIX_NAME = new RegExp(
  String.raw`(?<![\w'’-])((?:${CAP}\s+(?:\d{1,3}\s+)?){0,2}(?:${CAP}(?:'s|’s)\s+)?)(${[...OUTLET_SUFFIXES, ...MORE_OUTLET_SUFFIXES].join("|")})\b`,
  "g",
);
/** “The Courier first reported”: a news word alone names an outlet when “the” opens it and it reports. */
const REPORTING_AFTER = /^\s+(?:first\s+|previously\s+|also\s+)?(?:reported|reports|revealed|broke)\b/;
/** Capitalised words that open sentences and clauses, not names: "Since Metro News reported …". */
const NOT_NAME_START = new Set([
  "The", "A", "An", "Since", "When", "After", "Before", "As", "If", "But", "And", "While", "Although", "Meanwhile",
  "Earlier", "Later", "According", "In", "On", "At", "By", "For", "From", "With", "Then", "Also", "That", "This",
  "Last", "Both", "Its", "His", "Her", "Their", "Our", "Citing", "Speaking", "Per", "Told", "Unlike", "Like",
]);

/** First words too common to stand for the whole name: "National" is not "National Post". */
const NOT_SHORT_FORM = new Set([
  "Daily", "National", "New", "Sunday", "Evening", "Morning", "Financial", "Associated", "United", "Canadian",
  "American", "British", "Washington", "Los", "San", "Wall", "South", "North", "East", "West", "Al", "Radio",
  "Business", "Chicago", "Boston", "Toronto", "Ottawa", "Montreal", "Vancouver", "Calgary", "Edmonton", "Winnipeg",
]);

/**
 * Outlet names in `span` of `text`: names from the lexicon ("the BBC", "Canada's
 * CBC"), and capitalised names ending in a news word that the lexicon does not
 * hold ("an interview with Metro Reporter", "the Hamilton Spectator Post").
 * Single-word names that are ordinary words need "the" ("The Guardian reported").
 */
export function findOutletNames(text: string, span: Span): OutletMention[] {
  const slice = text.slice(span.start, span.end);
  const found: OutletMention[] = [];
  for (const m of slice.matchAll(LEXICON)) {
    const [, article, name = ""] = m;
    if (!article && NAMES_NEEDING_ARTICLE.has(name)) continue;
    const at = span.start + m.index + m[0].length - name.length;
    found.push({ start: at, end: at + name.length, name });
  }
  for (const m of slice.matchAll(SUFFIX_NAME)) {
    const words = (m[1] ?? "").split(/\s+/).filter(Boolean);
    const the = words[0] === "The" || words[0] === "the" || /(?:^|\s)the\s+$/.test(slice.slice(Math.max(0, m.index - 4), m.index));
    while (words[0] && NOT_NAME_START.has(words[0])) words.shift();
    if (words.length === 0) {
      const end = span.start + m.index + m[0].length;
      const suffix = m[2] ?? "";
      if (the && REPORTING_AFTER.test(text.slice(end, end + 30))) found.push({ start: end - suffix.length, end, name: suffix });
      continue;
    }
    const name = `${words.join(" ")} ${m[2] ?? ""}`;
    const end = span.start + m.index + m[0].length;
    found.push({ start: end - name.length, end, name });
  }
  return keepLongest(found);
}

/**
 * Later mentions by a short form of a name already found: "Global News" … "The
 * Global story" (first word); "The Washington Post" … "the Post reported" (last word).
 */
export function findShortForms(text: string, span: Span, fullNames: readonly string[], taken: Span[]): OutletMention[] {
  const found: OutletMention[] = [];
  const slice = text.slice(span.start, span.end);
  for (const full of fullNames) {
    const words = full.split(" ");
    if (words.length < 2) continue;
    const first = words[0] ?? "";
    const last = words.at(-1) ?? "";
    const forms = [/^[A-Z][\w]{2,}$/.test(first) && !NOT_NAME_START.has(first) && !NOT_SHORT_FORM.has(first) ? first : null, last];
    for (const form of forms) {
      if (!form) continue;
      const needsThe = form === last;
      const re = new RegExp(String.raw`(?<![\w-])${needsThe ? "(?:the|The)\\s+" : ""}(${escapeRegExp(form)})(?![\w-]|\s+${escapeRegExp(words[1] ?? "")}\b)`, "g");
      for (const m of slice.matchAll(re)) {
        const end = span.start + m.index + m[0].length;
        const start = end - form.length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        found.push({ start, end, name: full });
      }
    }
  }
  return keepLongest(found);
}
