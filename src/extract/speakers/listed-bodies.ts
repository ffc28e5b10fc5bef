import { CAP_WORD, personNameOf } from "./names.js";

const HEAD = "(?:Ministry|Department|Minister|Secretary|Office|Committee|Commission|Agency|Board)";
/** A run that ends in an official body's head word: "Ministry", "the Justice Department". */
const BODY_HEAD = new RegExp(`(?:^|\\s)${HEAD}$`, "u");
/** A run that opens an official body's name with "of" or "for": "Ministry of Transport", "Department of Fisheries". */
const LISTED_BODY = new RegExp(`^(?:The\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}${HEAD}\\s+(?:of|for)\\s+\\S`, "u");

let patterns: { the: RegExp; list: RegExp } | null = null;

/** Built on first use (names.ts imports this module): " of the Environment"; ", Conservation and Parks", " and Oceans". */
function tailPatterns(): { the: RegExp; list: RegExp } {
  const item = String.raw`${CAP_WORD}(?:\s+${CAP_WORD}){0,2}`;
  const end = String.raw`(?![\p{L}\p{M}’'-])`;
  patterns ??= {
    the: new RegExp(String.raw`^\s+(?:of|for)\s+the\s+${item}${end}`, "u"),
    list: new RegExp(String.raw`^((?:,\s+${item}){0,4}),?\s+and\s+(${item})${end}`, "u"),
  };
  return patterns;
}

/**
 * Where an official body's name ends when it runs on past the capitalised
 * run that opens it, or `runEnd` when it does not: in "A spokesperson for
 * the Ministry of the Environment, Conservation and Parks said", the run
 * "Ministry" runs on through "of the Environment" and its list of
 * portfolios to "Parks" — cut at the comma, the speaker would be "Parks".
 * A list item that is a person's full name ("the Department of Justice and
 * Ana Silva") ends the name before the list instead.
 */
export function listedBodyEnd(text: string, runText: string, runEnd: number): number {
  const { the, list } = tailPatterns();
  let end = runEnd;
  if (BODY_HEAD.test(runText)) {
    const m = the.exec(text.slice(end, end + 120));
    if (!m) return runEnd;
    end += m[0].length;
  } else if (!LISTED_BODY.test(runText)) return runEnd;
  const m = list.exec(text.slice(end, end + 160));
  if (!m?.[2]) return end;
  const items = [...(m[1] ?? "").split(",").map((s) => s.trim()).filter(Boolean), m[2]];
  if (items.some((item) => personNameOf(item)?.includes(" "))) return end;
  return end + m[0].length;
}
