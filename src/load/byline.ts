/**
 * Finds an article's byline in its header block: the author names as a span,
 * the lines that make up the byline, and any outlet the byline names.
 */
import { BYLINE_ROLE_WORDS } from "../data/boilerplate.js";
import { OUTLET_NAME_WORDS } from "../data/outlets.js";
import type { Line } from "./lines.js";
import { countWords } from "./lines.js";
import { isDateLine } from "./parse-date-line.js";

/** A byline: `start`/`end` cover the names in the file; `outletHint` is a raw outlet mention. */
export interface Byline {
  start: number;
  end: number;
  lines: number[];
  outletHint: string | null;
}

const PREFIX = /^(?:by|written by|authors?(?: of the article)?|reporter|story by)\s*:?\s*(?=\p{Lu})/iu;
const SEPARATOR = /\s*[·•|]\s*/;
const PARTICLES = new Set(["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "bin", "al", "st."]);

/**
 * The byline that line `i` opens, or null. Four shapes, all common on news
 * sites: "By Jane Roe and John Doe, The Daily Planet"; "Author of the
 * article:Ryan Roe, Cathy Doe"; "Jane Roe · Metro News · Posted: Mar 2, 2023";
 * "Jane Roe, The Canadian Press" (a name, then an outlet or role);
 * and a name-only line followed by a role or date line ("Tom Roe" /
 * "Metronews.ca writer").
 */
export function readByline(lines: Line[], i: number): Byline | null {
  const line = lines[i];
  if (!line?.text) return null;
  const staff = staffCredit(line);
  if (staff) return staff;
  const prefix = PREFIX.exec(line.text);
  const from = prefix ? prefix[0].length : 0;
  const parts = line.text.slice(from).split(SEPARATOR);
  const names = readNames(parts[0] ?? "");
  if (!names) return null;
  const hint = names.rest ?? parts.slice(1).find(isOutletLike) ?? null;
  const span = { start: line.start + from + names.start, end: line.start + from + names.end };
  if (prefix || parts.length > 1) {
    // "By Sam Reid" / "Valley Post": the outlet on a line of its own under the names.
    const next = nextNonBlank(lines, i);
    if (!hint && next && isOutletLike(next.text)) return { ...span, lines: [i, next.index], outletHint: next.text.trim() };
    return { ...span, lines: [i], outletHint: hint };
  }
  if (names.rest !== null) {
    const short = countWords(line.text) <= 10 && !/[.!?]["”’]?$/.test(line.text);
    const credited = short && (isOutletLike(names.rest) || isRoleLine(names.rest));
    return credited ? { ...span, lines: [i], outletHint: isOutletLike(names.rest) ? names.rest : roleOutlet(names.rest) } : null;
  }
  const next = nextNonBlank(lines, i);
  if (next && isRoleLine(next.text)) return { ...span, lines: [i, next.index], outletHint: roleOutlet(next.text) };
  if (next && isDateLine(next.text)) return { ...span, lines: [i], outletHint: null };
  return null;
}

/** "By Northern Wire staff", "Valley Post Staff": the outlet's newsroom as a whole. */
const STAFF_CREDIT = /^(?:by\s+)?((?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})\s+staff(?:\s+(?:writers?|reporters?|report))?\s*$/iu;

/**
 * A staff credit: the byline names the outlet, not a person. "By Harbour
 * Wire staff" → byline "Harbour Wire staff", outlet hint "Harbour Wire".
 */
function staffCredit(line: Line): Byline | null {
  const m = STAFF_CREDIT.exec(line.text);
  if (!m?.[1] || countWords(line.text) > 8) return null;
  const at = line.text.indexOf(m[1]);
  return { start: line.start + at, end: line.start + line.text.trimEnd().length, lines: [line.index], outletHint: m[1].trim() };
}

/** Whether a line is a writer's role: "CTVNews.ca writer", "Senior Political Reporter". */
export function isRoleLine(text: string): boolean {
  return countWords(text) <= 6 && BYLINE_ROLE_WORDS.test(text) && !/[.!?]$/.test(text);
}

/** "Global News reporter" → "Global News"; "Senior writer" → null. */
function roleOutlet(text: string): string | null {
  const rest = text.replace(new RegExp(BYLINE_ROLE_WORDS.source, "gi"), "").replace(/^(senior|political|staff|national|chief|deputy|\s)+/i, "").trim();
  return rest && (isOutletLike(rest) || /\.\w{2,}/.test(rest)) ? rest : null;
}

/**
 * Reads a list of person names at the start of `text` ("Ryan Roe, Cathy
 * Doe and Ann Poe"). `rest` is a trailing non-name piece such as ", The
 * Canadian Press". Null when the first piece is not a name.
 */
function readNames(text: string): { start: number; end: number; rest: string | null } | null {
  const pieces = [...text.matchAll(/[^,&]+?(?=\s*(?:,|&|\band\b|$))/g)];
  let end = -1;
  let rest: string | null = null;
  for (const p of pieces) {
    const piece = p[0].replace(/^\s*(and\s+)?/, "");
    if (!piece.trim()) continue;
    if (!isPersonName(piece.trim())) {
      rest = piece.trim();
      break;
    }
    end = p.index + p[0].trimEnd().length;
  }
  if (end < 0) return null;
  const start = text.length - text.trimStart().length;
  return { start, end, rest };
}

/**
 * "Catherine Lévesque", "J. R. Roe", "Ana de la Cruz" are names; "Senior
 * Reporter" and "The Daily Planet" are not.
 */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || BYLINE_ROLE_WORDS.test(text) || isOutletLike(text)) return false;
  if (/^the$/i.test(words[0] ?? "")) return false;
  return words.every((w, k) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (k > 0 && PARTICLES.has(w.toLowerCase())));
}

/** Whether a phrase reads as an outlet: "CBC News", "The Canadian Press", "globalnews.ca", "CKAV News 11", "Northmere Press Agency". */
export function isOutletLike(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // A channel number after the name: "CKAV News 11" reads as "CKAV News".
  if (words.length > 2 && /^\d{1,3}$/.test(words.at(-1) ?? "")) words.pop();
  const last = (words[words.length - 1] ?? "").replace(/[^\p{L}.]/gu, "");
  if (words.length > 6) return false;
  if (/^[\w-]+\.(com|ca|org|net|co\.uk|tv|news)$/i.test(last)) return true;
  return OUTLET_NAME_WORDS.has(last.toLowerCase()) && /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(words[0] ?? "");
}

function nextNonBlank(lines: Line[], i: number): Line | undefined {
  return lines.slice(i + 1).find((l) => l.text !== "");
}
