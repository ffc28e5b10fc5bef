import type { SourceHit } from "./source-hit.js";

/**
 * An outlet citing its own earlier reporting: "when the Valley Post initially
 * reported on the votes", "the Post first revealed last month".
 */
const OWN_EARLIER_REPORT = /^\s+(?:(?:had|has|also)\s+)*(?:first|initially|previously|earlier|originally)\s+(?:reported|revealed|published|broke)\b|^\s+(?:reported|revealed)\s+(?:earlier|previously|last\s+(?:week|month|year))\b/i;

/**
 * Whether `hit` is the article's own outlet, which is never where its
 * information came from: in the Lakeside Post's own story, "officials told the
 * Lakeside Post" and the credit line "This report by The Lakeside Post was first
 * published …" name the writer, not a source; "the Post" is its short form.
 * The one exception is the outlet pointing to its own earlier story ("when the
 * Lakeside Post initially reported on the votes"), which is a citation.
 */
export function isOwnOutlet(hit: SourceHit, ownOutlet: string, text: string): boolean {
  if (hit.kind !== "outlet" || hit.name === null) return false;
  const own = outletWords(ownOutlet);
  const name = outletWords(hit.name);
  if (own.length === 0 || name.length === 0) return false;
  const same = name.join(" ") === own.join(" ") || (name.length === 1 && (own.at(-1) === name[0] || own[0] === name[0]));
  if (!same) return false;
  return !OWN_EARLIER_REPORT.test(text.slice(hit.end, hit.end + 60));
}

/** "The Lakeside Post’s" → ["lakeside", "post"]; "LakesideNews.ca" → ["lakesidenews"]; "CKAV News 11" → ["ckav", "news"] (a channel number is often left out). */
function outletWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\.(?:ca|com|org|net|co\.uk)\b/g, "")
    .replace(/['’]s?\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w !== "the" && !/^\d+$/.test(w));
}
