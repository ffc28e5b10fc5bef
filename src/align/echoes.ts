/**
 * Short quotations whose words another quotation of the story holds in full:
 * the headline's ‘punished twice’ echoes the body's “… he cannot be punished
 * twice for the same breach,” Chief Justice Ana Pelt wrote; one outlet's
 * "a technical error" echoes another's “The majority has found a technical
 * error …,” Justice Luis Vega wrote. They are that speaker's words.
 */
import type { Quote, Statement } from "../schema/index.js";

/** A quotation nested in another: ‘seepage event’, 'no comment', "a joke". */
const NESTED = /(?<![\p{L}\p{N}])[‘'"][^‘’'"]{1,200}[’'"](?![\p{L}])/gu;

/** Echoes are short: longer quotations are grouped by the compare stage instead. */
const MAX_ECHO_WORDS = 12;

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

function holds(container: string[], part: string[]): boolean {
  outer: for (let i = 0; i + part.length <= container.length; i++) {
    for (let j = 0; j < part.length; j++) if (container[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Statements with echoed quotations attributed: a partial, or a speech
 * quotation no cue attributes (a headline's), of two to twelve words inside
 * a longer speech or partial quotation of the same article takes that
 * quotation's speaker (the article says whose words they are);
 * a term or partial inside quotations of other articles of its story, a term becomes a
 * partial, and a quotation with no speaker takes theirs when they agree.
 * `storyOf` maps article ids to stories. Candidates are found through each
 * word's list of quotations, so the cost follows the rarest word, not all pairs.
 */
export function attributeEchoes(statements: Statement[], storyOf: Map<string, number>): Statement[] {
  const quotes = statements.filter((s): s is Quote => s.kind === "quote");
  const words = new Map(quotes.map((q) => [q.id, wordsOf(q.text)]));
  // A container's own words only: in “They keep calling it a ‘seepage event,’” the nested words are someone else's.
  const ownWords = new Map(quotes.map((q) => [q.id, wordsOf(q.text.replace(NESTED, " "))]));
  const byWord = new Map<string, Quote[]>();
  for (const q of quotes) {
    // Only quotations a cue attributes vouch for a speaker: “…,” Ana Pelt wrote.
    if (q.quoteKind === "term" || !q.speaker || !q.cue) continue;
    const story = storyOf.get(q.article) ?? -1;
    for (const w of new Set(ownWords.get(q.id))) {
      const key = `${String(story)}|${w}`;
      const list = byWord.get(key);
      if (list) list.push(q);
      else byWord.set(key, [q]);
    }
  }
  const changed = new Map<string, Quote>();
  for (const q of quotes) {
    const part = words.get(q.id) ?? [];
    // A speech quotation with no cue of its own (a headline's ‘She did everything right’) may echo too.
    if ((q.quoteKind === "speech" && q.cue) || part.length < 2 || part.length > MAX_ECHO_WORDS) continue;
    const story = storyOf.get(q.article) ?? -1;
    const lists = part.map((w) => byWord.get(`${story}|${w}`) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    // A partial is an echo when the holder says two words more; an uncued headline quotation may leave out one ("Tonight").
    const longer = q.quoteKind === "speech" ? 1 : 2;
    const holders = rarest.filter((c) => c.id !== q.id && (ownWords.get(c.id)?.length ?? 0) >= part.length + longer && holds(ownWords.get(c.id) ?? [], part));
    const own = holders.filter((c) => c.article === q.article);
    const speakers = new Set((own.length > 0 ? own : holders).map((c) => c.speaker));
    const [speaker] = [...speakers];
    if (speakers.size !== 1 || !speaker) continue;
    // Within one article a term stays a term: the writer's scare quotes round a speaker's word ("so-called “shovel-ready” projects").
    if (own.length > 0) {
      if (q.quoteKind !== "term") changed.set(q.id, { ...q, speaker });
    }
    else if (q.quoteKind === "term" || !q.speaker) changed.set(q.id, { ...q, quoteKind: "partial", speaker: q.speaker ?? speaker });
  }
  return statements.map((s) => changed.get(s.id) ?? s);
}
