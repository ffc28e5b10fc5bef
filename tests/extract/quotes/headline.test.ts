import { describe, expect, test } from "vitest";
import { analyze } from "../../../src/index.js";

describe("quotations in headlines", () => {
  test("a headline's quoted words are a quotation, with the speaker the body gives them", () => {
    const text = [
      "Court says ex-treasurer can’t be ‘punished twice’",
      "By Ana Silva",
      "Harbour Times",
      "Published Aug. 13, 2025",
      "“He cannot be punished twice for the same breach,” Chief Justice Ana Pelt wrote.",
      "https://harbourtimes.example/ruling",
    ].join("\n");
    const quotes = analyze([{ file: "a.txt", text }]).statements.filter((s) => s.kind === "quote");
    expect(quotes.map((q) => [q.text, q.kind === "quote" ? q.quoteKind : null, q.kind === "quote" ? q.speaker : null])).toEqual([
      ["punished twice", "partial", "Ana Pelt"],
      ["He cannot be punished twice for the same breach,", "speech", "Ana Pelt"],
    ]);
  });
});
