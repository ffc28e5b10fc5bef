import { describe, expect, test } from "vitest";
import { extractFacts } from "../../../src/extract/facts/index.js";
import { findOrderFacts } from "../../../src/extract/facts/order.js";
import { findMembershipFacts } from "../../../src/extract/facts/membership.js";
import { collectPeople } from "../../../src/extract/speakers/people.js";
import { splitSentences } from "../../../src/segment/sentences.js";
import { makeContext } from "../../helpers/make-article.js";
import { orderCases } from "../../../fixtures/extract/facts/order.cases.js";
import { membershipCases } from "../../../fixtures/extract/facts/membership.cases.js";
import type { FactHit } from "../../../src/extract/facts/fact-hit.js";

type Finder = typeof findOrderFacts;

function run(find: Finder, text: string): string[] {
  const ctx = makeContext(text);
  const people = collectPeople(text, ctx.article.paragraphs, []);
  const hits: FactHit[] = ctx.article.paragraphs.flatMap((p) => splitSentences(text, p).flatMap((s) => find(text, s, people)));
  return hits.map((h) => `${h.topic} = ${h.value}`);
}

describe("findOrderFacts", () => {
  test.each(orderCases)("%j", (text, expected) => {
    expect(run(findOrderFacts, text)).toEqual(expected);
  });
});

describe("findMembershipFacts", () => {
  test.each(membershipCases)("%j", (text, expected) => {
    expect(run(findMembershipFacts, text)).toEqual(expected);
  });
});

describe("extractFacts", () => {
  test("claims carry exact spans, ids in text order, and skip quoted words", () => {
    const text = "Ana Pelt has left the Green caucus.\n“I resigned from the Green Party,” said Pelt.";
    const ctx = makeContext(text);
    const quote = { start: 37, end: 67 };
    const q = [{ id: "t:q1", article: "t", file: "t.txt", kind: "quote" as const, quoteKind: "speech" as const, text: text.slice(quote.start, quote.end), ...quote, speaker: null, speakerMention: null, cue: null }];
    const facts = extractFacts(ctx, q).value;
    expect(facts.map((f) => [f.id, f.text, f.value])).toEqual([["t:f1", "left the Green caucus", "caucus"]]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
