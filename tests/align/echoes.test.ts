import { describe, expect, test } from "vitest";
import type { Quote } from "../../src/schema/index.js";
import { attributeEchoes } from "../../src/align/echoes.js";

let n = 0;
function quote(article: string, text: string, quoteKind: Quote["quoteKind"], speaker: string | null, cued = true): Quote {
  n += 1;
  const cue = cued ? { start: 0, end: 4, text: "said" } : null;
  return { id: `${article}:q${String(n)}`, article, file: `${article}.txt`, kind: "quote", quoteKind, text, start: 0, end: text.length, speaker, speakerMention: null, cue };
}
const story = (...ids: string[]) => new Map(ids.map((id) => [id, 0]));

describe("attributeEchoes", () => {
  test("a headline partial takes the speaker of the body quotation that holds its words", () => {
    const head = quote("a", "punished twice", "partial", "Renwick");
    const body = quote("a", "he cannot be punished twice for the same breach,", "speech", "Ana Pelt");
    const out = attributeEchoes([head, body], story("a"));
    expect(out[0]).toMatchObject({ quoteKind: "partial", speaker: "Ana Pelt" });
  });

  test("an uncued headline quotation takes the speaker of the body quotation that holds its words; a cued one keeps its own", () => {
    const head = quote("a", "She did everything right", "speech", "Ana Pelt", false);
    const body = quote("a", "She did everything right, and she lost the sight in her left eye.", "speech", "Rosa Lind");
    const cued = quote("a", "She did everything right", "speech", "Ana Pelt");
    const out = attributeEchoes([head, body, cued], story("a"));
    expect(out[0]).toMatchObject({ quoteKind: "speech", speaker: "Rosa Lind" });
    expect(out[2]).toMatchObject({ speaker: "Ana Pelt" });
  });

  test("an uncued headline quotation may leave out one word of the body quotation ('Tonight')", () => {
    const head = quote("a", "We stopped talking and started building", "speech", "Acme Partners", false);
    const body = quote("a", "Tonight we stopped talking and started building.", "speech", "Ana Pelt");
    expect(attributeEchoes([head, body], story("a"))[0]).toMatchObject({ speaker: "Ana Pelt" });
  });

  test("another outlet's full rendering makes a quoted 'term' a partial with its speaker", () => {
    const term = quote("b", "a technical error", "term", null);
    const full = quote("a", "The majority has found a technical error and treated it as a wound,", "speech", "Luis Vega");
    expect(attributeEchoes([term, full], story("a", "b"))[0]).toMatchObject({ quoteKind: "partial", speaker: "Luis Vega" });
  });

  test("within one article a term stays a term (scare quotes round a speaker's word)", () => {
    const term = quote("a", "shovel ready", "term", null);
    const full = quote("a", "These projects are shovel ready today,", "speech", "Luis Vega");
    expect(attributeEchoes([term, full], story("a"))[0]).toMatchObject({ quoteKind: "term", speaker: null });
  });

  test("words nested in the container are someone else's; an uncued container vouches for no one", () => {
    const term = quote("b", "seepage event", "term", null);
    const mocking = quote("a", "They keep calling it a ‘seepage event’ and our elders can’t fish,", "speech", "Ana Pelt");
    const part = quote("b", "but I am a mutant.", "partial", "Ana Pelt");
    const uncued = quote("a", "I'm not an alien, but I am a mutant", "speech", "Luis Vega", false);
    const out = attributeEchoes([term, mocking, part, uncued], story("a", "b"));
    expect(out[0]).toMatchObject({ quoteKind: "term", speaker: null });
    expect(out[2]).toMatchObject({ speaker: "Ana Pelt" });
  });

  test("two stories: no echo across them", () => {
    const term = quote("b", "a technical error", "term", null);
    const full = quote("a", "The majority has found a technical error and treated it as a wound,", "speech", "Luis Vega");
    expect(attributeEchoes([term, full], new Map([["a", 0], ["b", 1]]))[0]).toMatchObject({ quoteKind: "term" });
  });
});
