/** The words around a span, for showing a date or a fact in its sentence. */
export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const SENTENCE_END = /[.!?\n]/;

/**
 * The sentence holding `start`–`end` (at most `max` characters each side), so
 * a report shows “Ortiz was first elected in 2016.” and not a bare “2016”.
 */
export function excerptAround(text: string, start: number, end: number, max = 100): Excerpt {
  let s = start;
  while (s > 0 && start - s < max && !SENTENCE_END.test(text[s - 1] ?? "")) s--;
  let e = end;
  while (e < text.length && e - end < max && !SENTENCE_END.test(text[e] ?? "")) e++;
  if (e < text.length && text[e] !== "\n") e++;
  return {
    before: (s > 0 && start - s >= max ? "…" : "") + text.slice(s, start).trimStart(),
    match: text.slice(start, end),
    after: text.slice(end, e).trimEnd() + (e < text.length && e - end >= max ? "…" : ""),
  };
}

/** Caches file texts' excerpts behind one function the reporters are handed. */
export function makeExcerpter(textOf: (file: string) => string | undefined): (file: string, start: number, end: number) => Excerpt {
  return (file, start, end) => excerptAround(textOf(file) ?? "", start, end);
}
