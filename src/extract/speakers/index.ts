import type { QuoteKind } from "../../schema/index.js";
import { mostSalientPerson } from "./people.js";
import { inheritedSpeaker, pulledSpeaker } from "./inherit.js";
import type { Attribution, SpeakerScene } from "./scene.js";
import { fromCue } from "./scene.js";
import { calledSpeaker } from "./called.js";

export type { Attribution, SpeakerScene } from "./scene.js";
export { setScene } from "./scene.js";

/**
 * Speaker, mention and cue for every quotation, in order. `classify` says what
 * each quotation is given whether it has a cue of its own; terms get no speaker.
 * A quotation over several paragraphs takes the cue of the piece that has
 * one, often the last. A quotation with no cue of its own takes its speaker, in turn, from the
 * piece it continues, an earlier or later quotation in its paragraph, the
 * previous paragraph, an identical quotation elsewhere (a headline's pull
 * quote), or the person the article names most.
 */
export function attributeQuotes(scene: SpeakerScene, classify: (i: number, hasCue: boolean) => QuoteKind): { kinds: QuoteKind[]; attributions: Attribution[] } {
  const kinds: QuoteKind[] = [];
  const attributions: Attribution[] = [];
  let previous: string | null = null;
  let chainStart = 0;
  let beforeChain: string | null = null;
  scene.quotes.forEach((q, i) => {
    const cue = scene.cues[i] ?? null;
    const kind = classify(i, cue !== null);
    kinds.push(kind);
    if (!q.continued) {
      chainStart = i;
      beforeChain = previous;
    }
    let a: Attribution = { speaker: null, mention: null, cue: null };
    if (kind !== "term") {
      const called = kind === "partial" ? calledSpeaker(scene, i, previous) : null;
      const prior = attributions[i - 1];
      // A quotation over several paragraphs is attributed where it ends: “… / “… ,” she said.
      if (q.continued && prior && cue && attributions.slice(chainStart, i).every((x) => x.cue === null)) {
        a = fromCue(scene, cue, beforeChain);
        for (let k = chainStart; k < i; k++) attributions[k] = a;
      } else if (q.continued && prior) a = prior;
      // "The audit found that …, a gap Raman called “a blind spot.”": "called" at the mark outranks an earlier cue.
      else if (called) a = called;
      else if (cue) a = fromCue(scene, cue, previous);
      if (a.speaker === null && !(q.continued && prior) && !cue?.subject) {
        a = inheritedSpeaker(scene, i, attributions, kinds, previous) ?? pulledSpeaker(scene, i) ?? a;
        if (a.speaker === null && kind === "speech" && !cue) a = { ...a, speaker: mostSalientPerson(scene.people) };
      }
      if (a.speaker !== null) previous = a.speaker;
    }
    attributions.push(a);
  });
  return { kinds, attributions };
}

