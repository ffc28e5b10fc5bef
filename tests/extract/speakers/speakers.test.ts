import { describe, expect, test } from "vitest";
import { extractQuotes } from "../../../src/extract/quotes/index.js";
import { makeContext } from "../../helpers/make-article.js";
import { SPEAKER_CASES } from "../../../fixtures/extract/speakers/speakers.cases.js";

describe("speakers", () => {
  test.each(SPEAKER_CASES)("%j → %j (%s)", (input, expected) => {
    const quotes = extractQuotes(makeContext(input)).value.filter((q) => q.quoteKind !== "term");
    expect(quotes.map((q) => q.speaker)).toEqual(expected);
  });

  test("mention and cue are the spans as written", () => {
    const [q] = extractQuotes(makeContext("Ana Silva arrived.\n“We won,” she told reporters.")).value;
    expect(q?.speakerMention?.text).toBe("she");
    expect(q?.cue?.text).toBe("told");
  });

  test("a gender-known name is skipped by the other pronoun", () => {
    const text = "Ms. Ana Silva met Mr. Luis Vega.\n“It went well,” he said.";
    const [q] = extractQuotes(makeContext(text)).value;
    expect(q?.speaker).toBe("Luis Vega");
  });
});
