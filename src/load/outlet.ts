/**
 * Names an article's outlet from the strongest evidence the text gives: its
 * URL, its byline, its copyright footer, then outlets.json, then the file name.
 */
import type { OutletEvidence, OutletsMap } from "../schema/index.js";
import { OUTLET_DOMAINS } from "../data/outlets.js";
import { isOutletLike } from "./byline.js";
import { OUTLET_SUFFIXES } from "../data/news-outlets.js";

/** What the text says about an article's outlet. */
export interface OutletClues {
  url: string | null;
  bylineHint: string | null;
  copyright: string | null;
  /** The file's path as given; its base name keys outlets.json. */
  file: string;
  /** The article's text, where an unknown domain's name may be spelled out ("Valley Post staff"). */
  body?: string;
}

/** An outlet name and where it came from. */
export interface OutletFound {
  outlet: string;
  evidence: OutletEvidence;
}

const BY_NAME = new Map(Object.values(OUTLET_DOMAINS).map((name) => [name.toLowerCase(), name]));

/**
 * The outlet, strongest evidence first. "https://www.cbc.ca/news/…" → "CBC
 * News" (url); "CTVNews.ca writer" → "CTV News" (byline); "© 2024 The Daily
 * Planet. All Rights Reserved." → "The Daily Planet" (copyright).
 */
export function findOutlet(clues: OutletClues, outlets: OutletsMap): OutletFound {
  const fromByline = clues.bylineHint ? outletFromHint(clues.bylineHint) : null;
  const inText = fromByline ?? clues.copyright;
  if (clues.url && isKnownDomainUrl(clues.url)) return { outlet: outletFromUrl(clues.url) ?? "", evidence: "url" };
  // An unknown domain only gives a spelling guess ("harbourtimes.example" →
  // "Harbourtimes"); the byline's "Harbour Times" is the outlet's own spelling.
  if (fromByline) return { outlet: fromByline, evidence: "byline" };
  const guess = clues.url ? outletFromUrl(clues.url) : null;
  const fromUrl = guess && clues.body ? (spelledInText(guess, clues.body) ?? guess) : guess;
  if (fromUrl && !(inText && squash(inText) === squash(fromUrl))) return { outlet: fromUrl, evidence: "url" };
  if (clues.copyright) return { outlet: clues.copyright, evidence: "copyright" };
  const base = baseName(clues.file);
  const named = outlets[base];
  if (named) return { outlet: named, evidence: "outlets-json" };
  return { outlet: base.replace(/\.[^.]*$/, ""), evidence: "file-name" };
}

/** Capitalised words (numbers allowed after the first: "WKRD 7 News"), with "the", "and", "of" between. */
const NAME_RUN = /(?:The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|and|the|&)\s+)?(?:\p{Lu}[\p{L}\p{N}'’&.-]*|\d{1,3}\b)){0,5}/gu;

/**
 * An unknown domain's name as the article itself writes it: for
 * "valleypost.example" the guess is "Valleypost", and "Valley Post staff"
 * in the byline spells it "Valley Post". A run of capitalised words (with
 * "the", "and", "of" between) whose letters are the domain's, and the
 * outlet word after it when there is one: "wkrd7.example" → "WKRD 7 News".
 * Null when the text never writes it.
 */
export function spelledInText(guess: string, body: string): string | null {
  const target = squash(guess);
  if (target.length < 4) return null;
  for (const m of body.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const phrase = words.slice(i, j).join(" ").replace(/[.’']+$/, "");
        if (squash(phrase) !== target || !phrase.includes(" ")) continue;
        const next = (words[j] ?? "").replace(/[.’']+$/, "");
        return OUTLET_SUFFIXES.has(next) && squash(phrase + next) !== target ? `${phrase} ${next}` : phrase;
      }
    }
  }
  return null;
}

/**
 * Whether an outlet name is only a domain's spelling guess: one word, one
 * capital ("Halverstonsentinel", "Wkrd7"), which another article of the
 * corpus may spell out ("The Halverston Sentinel first reported …").
 */
export function isDomainGuess(outlet: string, evidence: OutletEvidence): boolean {
  return evidence === "url" && /^\p{Lu}[\p{Ll}\p{N}]{3,}$/u.test(outlet);
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Whether the URL's domain is one the outlet lexicon names. */
function isKnownDomainUrl(url: string): boolean {
  const host = /^(?:https?:\/\/)?([^/?#:\s]+)/i.exec(url)?.[1]?.toLowerCase().replace(/^www\d?\./, "");
  if (!host) return false;
  const labels = host.split(".");
  return labels.some((_, i) => i < labels.length - 1 && OUTLET_DOMAINS[labels.slice(i).join(".")] !== undefined);
}

/** "https://bc.ctvnews.ca/x" → "CTV News"; an unknown "asian-news-channel.tv" → "Asian News Channel". */
export function outletFromUrl(url: string): string | null {
  const host = /^(?:https?:\/\/)?([^/?#:\s]+)/i.exec(url)?.[1]?.toLowerCase().replace(/^www\d?\./, "");
  if (!host) return null;
  return outletFromDomain(host);
}

function outletFromDomain(host: string): string | null {
  const labels = host.split(".");
  for (let i = 0; i < labels.length - 1; i += 1) {
    const known = OUTLET_DOMAINS[labels.slice(i).join(".")];
    if (known) return known;
  }
  const n = labels.length;
  const secondLevel = n >= 3 && (labels[n - 2] ?? "").length <= 3 && (labels[n - 1] ?? "").length === 2;
  const label = labels[secondLevel ? n - 3 : n - 2];
  if (!label) return null;
  return label.split(/[-_]/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

/** "CBC News" → "CBC News"; "CTVNews.ca" → "CTV News"; "Senior writer" → null. */
function outletFromHint(hint: string): string | null {
  const domain = /([\w-]+(?:\.[\w-]+)*\.(?:com|ca|org|net|co\.uk|tv|news))\b/i.exec(hint)?.[1];
  if (domain) return isKnownDomainUrl(domain) ? outletFromDomain(domain.toLowerCase()) : writtenLabel(domain);
  const known = BY_NAME.get(hint.trim().toLowerCase());
  if (known) return known;
  return isOutletLike(hint) ? hint.trim() : null;
}

/**
 * An unknown domain in a byline, spelled as the byline writes it:
 * "MetroNews.ca writer" → "MetroNews" (its own capitals), where a URL's
 * lower-case "metronews.ca" could only give "Metronews".
 */
function writtenLabel(domain: string): string | null {
  const label = domain.replace(/\.(?:co\.uk|[a-z]+)$/i, "").split(".").pop() ?? "";
  if (!/\p{Ll}\p{Lu}/u.test(label)) return outletFromDomain(domain.toLowerCase());
  return label.split(/[-_]/).filter(Boolean).join(" ");
}

/** The last path segment, for either separator. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
