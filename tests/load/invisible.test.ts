import { describe, expect, test } from "vitest";
import { analyze } from "../../src/index.js";
import { blankInvisible } from "../../src/load/invisible.js";

describe("invisible characters", () => {
  test("zero-width characters become spaces, nothing else moves", () => {
    const text = "Ana\u200B Silva\u2060 said\uFEFF it.";
    expect(blankInvisible(text)).toBe("Ana  Silva  said  it.");
    expect(blankInvisible(text)).toHaveLength(text.length);
  });

  test("a zero-width space after a name no longer hides the speaker, and texts stay the file's own", () => {
    const text = "Ferry cut\n\nLuis Vega met the board on Monday.\n\n“We will stop the night ferry,” Vega\u200B said.\n";
    const report = analyze([{ file: "a.txt", text }]);
    const quote = report.statements.find((s) => s.kind === "quote");
    expect(quote?.kind === "quote" ? quote.speaker : null).toBe("Luis Vega");
    for (const s of report.statements) expect(s.text).toBe(text.slice(s.start, s.end));
    const cue = quote?.kind === "quote" ? quote.cue : null;
    expect(cue ? text.slice(cue.start, cue.end) : null).toBe(cue?.text);
  });
});
