import type { DateStatement, Span } from "../../schema/index.js";
import type { ArticleContext, StageResult } from "../../pipeline-types.js";
import { resolveAnchors } from "./anchor.js";
import type { DateHit } from "./date-hit.js";
import { keepLongest } from "../keep-longest.js";
import { findEvent } from "./event.js";
import { findChronoDates } from "./find-chrono.js";
import { findRelative } from "./find-relative.js";
import { findYears } from "./find-years.js";
import { joinRanges } from "./join-ranges.js";
import { findSameOrNextDay } from "./offset.js";
import { findCountedAfter } from "./counted-after.js";

/** A page address is no date, though "https://…/news/2025/03/11/…" holds one that chrono reads. */
const URL_LINE = /^\s*(?:https?:\/\/|www\.)\S*\s*$/i;

/** "Updated March 22, 2023 10:44 p.m. EDT", "Last Updated: 25 minutes ago": an update, not the first publication. */
const UPDATE_CUE = /\bupdated:?\s*$/i;

/**
 * Every date or time expression that places an event in one article, in text
 * order, ids `<article>:d<n>`. Content paragraphs are read for events
 * ("Dong was first elected in 2018"); the publication line, byline, metadata
 * and photo captions for their dates ("Published Mar 22, 2023 • Last updated 4
 * minutes ago" → a publication date and an update whose value is null).
 */
export function extractDates(ctx: ArticleContext): StageResult<DateStatement[]> {
  const { article, text, referenceDate } = ctx;
  const meta = metadataRegions(ctx);
  const hits: DateHit[] = [];
  for (const region of [...article.paragraphs, ...meta]) hits.push(...findIn(text, region, referenceDate));
  const joined = joinRanges(keepLongest(hits), text);
  const anchored = resolveAnchors(joined, text, [...article.paragraphs, ...meta], article.paragraphs);
  const resolved = [...anchored, ...findCountedAfter(text, article.paragraphs, anchored, referenceDate)].sort((a, b) => a.start - b.start);
  const value = resolved.map((h, i): DateStatement => ({
    id: `${article.id}:d${i + 1}`,
    article: article.id,
    file: article.file,
    kind: "date",
    text: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    value: h.value,
    event: eventOf(text, h, meta),
  }));
  return { value, diagnostics: [] };
}

function findIn(text: string, region: Span, reference: string | null): DateHit[] {
  return [
    ...findChronoDates(text, region, reference),
    ...findYears(text, region),
    ...findRelative(text, region, reference),
    ...findSameOrNextDay(text, region),
  ];
}

/** Publication line, byline, metadata lines and captions: the places outside the paragraphs that carry dates. */
function metadataRegions(ctx: ArticleContext): Span[] {
  const { article } = ctx;
  const regions: Span[] = article.excluded.filter((e) => (e.reason === "metadata" || e.reason === "caption") && !URL_LINE.test(ctx.text.slice(e.start, e.end)));
  for (const s of [article.publishedSpan, article.byline]) {
    const line = s ? lineAround(ctx.text, s) : null;
    if (line && !URL_LINE.test(ctx.text.slice(line.start, line.end))) regions.push(line);
  }
  const overlapsParagraph = (r: Span) => article.paragraphs.some((p) => p.start < r.end && r.start < p.end);
  return mergeSpans(regions.filter((r) => !overlapsParagraph(r)));
}

/** The whole line a publication date or byline sits on: "Posted: Mar 22, 2023 9:55 PM EDT | Last Updated: 25 minutes ago". */
function lineAround(text: string, s: Span): Span {
  const start = text.lastIndexOf("\n", s.start - 1) + 1;
  const next = text.indexOf("\n", s.end);
  return { start, end: next < 0 ? text.length : next };
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function eventOf(text: string, h: DateHit, meta: Span[]): string | null {
  const region = meta.find((m) => m.start <= h.start && h.end <= m.end);
  if (!region) return findEvent(text, h.start, h.end);
  const lineStart = Math.max(region.start, text.lastIndexOf("\n", h.start) + 1);
  const before = text.slice(lineStart, h.start).split(/[|•·]/).at(-1) ?? "";
  if (UPDATE_CUE.test(before)) return "update";
  if (/\b(published|posted)\b/i.test(before) || before.trim() === "") return "publication";
  return findEvent(text, h.start, h.end) ?? "publication";
}
