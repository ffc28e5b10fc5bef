import { describe, expect, test } from "vitest";
import { keepLongest } from "../../src/extract/keep-longest.js";

type Row = [[number, number][], [number, number][], string];

const CASES: Row[] = [
  [[[10, 14], [0, 13]], [[0, 13]], "“February 2021” (0–13) wins over the “2021” inside it"],
  [[[5, 8], [0, 3]], [[0, 3], [5, 8]], "hits that do not overlap are all kept, in text order"],
  [[[4, 8], [0, 4]], [[0, 4], [4, 8]], "touching ends do not overlap (ends are exclusive)"],
  [[[2, 6], [0, 4]], [[0, 4]], "of two equally long overlapping hits the earlier is kept"],
  [[], [], "nothing in, nothing out"],
];

describe("keepLongest", () => {
  test.each(CASES)("%j → %j (%s)", (input, expected) => {
    const spans = input.map(([start, end]) => ({ start, end }));
    expect(keepLongest(spans).map((s) => [s.start, s.end])).toEqual(expected);
  });
});
