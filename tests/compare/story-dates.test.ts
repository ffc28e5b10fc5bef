import { describe, expect, test } from "vitest";
import type { DateStatement } from "../../src/schema/index.js";
import { groupFacts } from "../../src/compare/facts.js";
import { decideVerdict } from "../../src/compare/verdict.js";
import { readEventKey } from "../../src/compare/event-key.js";
import { storyDateCases } from "../../fixtures/compare/story-dates.cases.js";
import type { DateSide } from "../../fixtures/compare/facts.cases.js";

function dateOf(id: string, art: string, [sentence, text, value]: DateSide): DateStatement {
  const start = sentence.indexOf(text);
  return { id, article: art, file: `${art}.txt`, text, start, end: start + text.length, kind: "date", value, event: null };
}

describe("groupFacts: dates of one story aligned by subject", () => {
  test.each(storyDateCases)("%# %j one story: %s", ([a, b], sameStory, expected) => {
    const textOf = new Map([["a.txt", a[0]], ["b.txt", b[0]]]);
    const storyOf = new Map([["a", 0], ["b", sameStory ? 0 : 1]]);
    const groups = groupFacts([dateOf("a:d1", "a", a), dateOf("b:d1", "b", b)], textOf, storyOf);
    expect(groups.map((g) => decideVerdict(2, g.pairs, true))).toEqual(expected ? [expected] : []);
  });
});

describe("readEventKey", () => {
  test.each([
    ["Ana Roe stepped down late Tuesday.", "late Tuesday", "resign", "a phrasal verb folded to its family"],
    ["Ana Roe resigned on Tuesday.", "Tuesday", "resign", "the plain verb"],
  ])("%j → head %s", (sentence, date, head) => {
    const start = sentence.indexOf(date);
    expect(readEventKey(sentence, start, start + date.length).head).toBe(head);
  });

  test("the subject of the event: “The flood happened …” → flood", () => {
    const s = "The flood happened last Friday.";
    expect(readEventKey(s, s.indexOf("last"), s.indexOf(".")).subject).toBe("flood");
  });
});
