import { NON_ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS } from "../../data/source-nouns.js";
import { CAPITALISED_STOPWORDS } from "../../data/entity-words.js";
import { PLACE_NAMES } from "../../data/places.js";
import type { NameRun } from "./names.js";
import { organisationName, wordKey } from "./names.js";

/** Last words of a photo credit ("The Canadian Press", "Getty Images"). */
const CREDIT_WORDS = new Set(["press", "images", "photo", "photos"]);

/** A verb or auxiliary right after a name: "Eastbank Hydro has not been able …", "Acme said", "Eastbank Affairs says on its website". */
const VERB_AFTER = /^\s+(?:has|have|had|is|was|were|are|will|would|did|does|said|says|told|tells|added|stated|announced|confirmed|declined|issued|released|warned|wrote|writes|explained|noted)\b/;

/**
 * The organisation a capitalised run that names no person stands for, or
 * null: an acronym ("the RCMP", "IRCC"), a name with an organisation head
 * ("Eastbank Health Authority"), or a name standing as a subject before a
 * verb ("Eastbank Hydro has not been able …"). Leading stop words go
 * ("In Acme Corp" → "Acme Corp"); a single word the article also writes in
 * lower case names nothing ("Negotiations have …").
 */
export function organisationRun(text: string, run: NameRun, common: ReadonlySet<string>): string | null {
  const words = run.text.replace(/[’']s$/, "").split(/\s+/);
  // "… The Canadian Press Harbour Police said": a credit glued before the name.
  const credit = words.findLastIndex((w, i) => i < words.length - 2 && CREDIT_WORDS.has(wordKey(w)));
  const from = words.findIndex((w, i) => i > credit && !CAPITALISED_STOPWORDS.has(wordKey(w)));
  if (from < 0) return null;
  const rest = words.slice(from);
  const last = rest[rest.length - 1] ?? "";
  // "detained in China", "Canada has …": a place is no organisation that speaks.
  if (PLACE_NAMES.has(rest.join(" ").toLowerCase())) return null;
  // "N.S.": initials alone name no organisation.
  if (rest.every((w) => /^(?:\p{Lu}\.)+$/u.test(w))) return null;
  // "Europeans were warned …": a people's plural name is no organisation.
  if (rest.length === 1 && (common.has(last.toLowerCase()) || /[a-z]ans$/.test(last))) return null;
  const acronym = rest.length === 1 && /^[A-Z]{2,6}$/.test(last) && !NON_ORGANIZATION_ACRONYMS.has(last);
  if (acronym || ORGANIZATION_HEADS.has(last) || VERB_AFTER.test(text.slice(run.end, run.end + 30))) return organisationName(rest.join(" "));
  return null;
}
