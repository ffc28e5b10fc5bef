import type { NameRun } from "./names.js";
import { TITLE_WORDS } from "../../data/titles.js";

/** Titles of one person's office that has a staff of its own, speaking as "the Premier's Office". */
const OFFICE_TITLE = /(?:^|\s)(Prime Minister|Premier|President|Mayor|Governor|Chancellor)\s+$/;

/**
 * The office title each full name is written with, when it is one of those
 * offices: "Premier Ana Silva" → "Ana Silva" holds "Premier". `named` maps a
 * run's text to the person's name in it ("Premier Ana Silva" → "Ana Silva").
 */
export function findOffices(runs: readonly NameRun[], named: (run: string) => string | null): Map<string, string> {
  const offices = new Map<string, string>();
  for (const r of runs) {
    const name = named(r.text);
    if (!name?.includes(" ")) continue;
    const title = OFFICE_TITLE.exec(r.text.slice(0, r.text.lastIndexOf(name)))?.[1];
    if (title && !offices.has(name)) offices.set(name, title);
  }
  return offices;
}

/** Capitalised words right before a name that are all title words: "Auditor General", "Premier". */
const TITLE_RUN = /((?:\p{Lu}[\p{L}-]*\s+)+)$/u;

/**
 * Each title written before exactly one person's full name, lower-cased:
 * "Auditor General Ana Silva" makes "auditor general" Ana Silva, so that
 * "the auditor general's report found …" names her. A title two people
 * carry ("Councillor Ana Silva", "Councillor Tom Reyes") names neither.
 */
export function findTitled(runs: readonly NameRun[], named: (run: string) => string | null): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  for (const r of runs) {
    const name = named(r.text);
    if (!name?.includes(" ")) continue;
    const words = TITLE_RUN.exec(r.text.slice(0, r.text.lastIndexOf(name)))?.[1]?.trim().split(/\s+/) ?? [];
    const from = words.findLastIndex((w) => !TITLE_WORDS.has(w.toLowerCase())) + 1;
    const title = words.slice(from).join(" ").toLowerCase();
    if (title === "" || HONORIFICS.has(title)) continue;
    holders.set(title, (holders.get(title) ?? new Set()).add(name));
  }
  const titled = new Map<string, string>();
  for (const [title, names] of holders) if (names.size === 1) titled.set(title, [...names][0] ?? "");
  return titled;
}

/** Honorifics, which describe no role: "Mr.", "Dr.". */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "hon"]);

/** "Silva’s office", "the Silva office": a person's office named by their name. */
const NAMED_OFFICE = /^(?:the\s+)?(.+?)(?:[’']s)?\s+office$/i;

/**
 * The office a phrase for someone's office speaks for: "a spokesperson for
 * Silva’s office" → "Premier's Office" when the article calls her "Premier
 * Ana Silva", so that outlets writing "the Premier’s Office" and "Silva’s
 * office" name the same speaker. `resolve` turns the name into the
 * article's canonical full name. Null when the phrase names no one's
 * office or the person holds no such office.
 */
export function officeOf(phrase: string, offices: ReadonlyMap<string, string>, resolve: (name: string) => string | null): string | null {
  const owner = NAMED_OFFICE.exec(phrase.trim())?.[1];
  if (!owner || !/^\p{Lu}/u.test(owner)) return null;
  const person = resolve(owner);
  const title = person ? offices.get(person) : undefined;
  return title ? `${title}'s Office` : null;
}
