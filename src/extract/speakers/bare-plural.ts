import { SPEAKER_NOUNS } from "../../data/titles.js";

/**
 * A group named by a bare plural, maybe with two modifiers: "officials said",
 * "local residents told", "senior police officers said". Singular nouns need
 * an article ("a neighbour said"), so only plurals and mass nouns qualify.
 */
export function isBarePlural(pre: string): boolean {
  const m = /^(?:[a-z][\p{L}-]*\s+){0,2}([a-z]+)$/u.exec(pre);
  const head = m?.[1];
  return !!head && SPEAKER_NOUNS.has(head) && (/[^s]s$/.test(head) || head === "police" || head === "staff" || head === "people");
}
