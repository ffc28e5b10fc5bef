import type { QuoteKind } from "../../schema/index.js";
import type { Attribution, SpeakerScene } from "./scene.js";
import { fromCue } from "./scene.js";
import { speakerInText } from "./context.js";

/**
 * The speaker of a quotation with no cue of its own, from its neighbours:
 * an earlier quotation in the same paragraph (“…,” he said. “And I will …”),
 * a later one with a cue (“…” “…,” he said.), or, for a paragraph that opens
 * with the quotation, the previous paragraph — its last quotation's speaker, the
 * subject of its last reporting verb, or the person its last sentence is about
 * ("He also defended …" / “The prime minister's decision …”), else the last
 * speaker before it. A quotation inside a paragraph looks at the text before it.
 */
export function inheritedSpeaker(scene: SpeakerScene, i: number, done: readonly Attribution[], kinds: readonly QuoteKind[], previous: string | null): Attribution | null {
  const q = scene.quotes[i];
  if (!q) return null;
  for (let j = i - 1; j >= 0 && scene.quotes[j]?.paragraph === q.paragraph; j--) {
    const a = done[j];
    if (kinds[j] !== "term" && a?.speaker) return speakerBetween(scene, j, q.open) ?? a;
  }
  for (let j = i + 1; j < scene.quotes.length && scene.quotes[j]?.paragraph === q.paragraph; j++) {
    const cue = scene.cues[j];
    if (cue?.subject) return fromCue(scene, cue, previous);
  }
  const p = scene.paragraphs[q.paragraph];
  if (!p) return null;
  if (scene.text.slice(p.start, q.open).trim() !== "") {
    // "Ms. Vega is more blunt: “…”", "… Vega predicted. “…”": the text before it in its paragraph.
    const speaker = speakerInText(scene, p.start, q.open);
    return speaker ? { speaker, mention: null, cue: null } : null;
  }
  if (q.paragraph === 0) return null;
  const speaker = fromPreviousParagraph(scene, q.paragraph - 1, done, kinds) ?? previous;
  return speaker ? { speaker, mention: null, cue: null } : null;
}

/**
 * The speaker a sentence between quotation `j` (and its cue) and `to` names,
 * which takes over from quotation j's: "“…,” says Vega. Silva did not need
 * persuading. “I'm thankful …”" → Silva. Null when no whole sentence stands
 * between them or it names no one.
 */
function speakerBetween(scene: SpeakerScene, j: number, to: number): Attribution | null {
  const prev = scene.quotes[j];
  if (!prev || prev.close === null) return null;
  const cueEnd = scene.cues[j]?.verb.end ?? 0;
  const from = Math.max(prev.close + 1, cueEnd);
  // “… go deeper.” Silva did not …: a quotation that ends its own sentence, with no cue after it.
  const ended = cueEnd <= prev.close && /[.!?]\s*$/.test(scene.text.slice(prev.start, prev.end));
  const stop = ended ? null : /[.!?](?=\s)/.exec(scene.text.slice(from, to));
  if (!ended && !stop) return null;
  const start = stop ? from + stop.index + 1 : from;
  if (scene.text.slice(start, to).trim().split(/\s+/).length < 3) return null;
  const speaker = speakerInText(scene, start, to);
  return speaker ? { speaker, mention: null, cue: null } : null;
}

function fromPreviousParagraph(scene: SpeakerScene, index: number, done: readonly Attribution[], kinds: readonly QuoteKind[]): string | null {
  let last: string | null = null;
  scene.quotes.forEach((q, j) => {
    if (q.paragraph === index && kinds[j] !== "term" && done[j]?.speaker) last = done[j]?.speaker ?? null;
  });
  if (last) return last;
  const p = scene.paragraphs[index];
  return p ? speakerInText(scene, p.start, p.end) : null;
}

const normal = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * The speaker of an identical quotation elsewhere in the article that has a
 * cue: a headline's pull quote (‘I’ve never been offered …’) repeats a body
 * quotation (“I’ve never been offered …,” he said).
 */
export function pulledSpeaker(scene: SpeakerScene, i: number): Attribution | null {
  const q = scene.quotes[i];
  if (!q) return null;
  const mine = normal(scene.text.slice(q.start, q.end));
  if (mine.length < 20) return null;
  for (const [j, other] of scene.quotes.entries()) {
    const cue = scene.cues[j];
    if (j === i || !cue?.subject) continue;
    const theirs = normal(scene.text.slice(other.start, other.end));
    if (!theirs.includes(mine) && !mine.includes(theirs)) continue;
    const a = fromCue(scene, cue, null);
    if (a.speaker) return { speaker: a.speaker, mention: null, cue: null };
  }
  return null;
}
