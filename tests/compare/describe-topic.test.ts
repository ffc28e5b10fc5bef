import { describe, expect, test } from "vitest";
import { describeTopic } from "../../src/compare/describe-topic.js";

const CASES: [string, "date" | "claim", string, string][] = [
  ["left:greens@ana roe", "claim", "which Greens body Ana Roe left", "membership with the leaver"],
  ["left:greens", "claim", "which Greens body was left", "membership without a named leaver"],
  ["order:freed|Sam Poe|freed", "claim", "order of events: “freed” relative to Sam Poe “freed”", "order topic"],
  ["order:freed|Sam Poe|freed@Ann Lee", "claim", "order of events: “freed” relative to Sam Poe “freed”", "order topic with a subject"],
  ["count:security source", "claim", "how many: security source (count)", "count topic: the counted noun phrase's key"],
  ["role:ana roe", "claim", "role of Ana Roe", "role topic: whose title"],
  ["age:ana roe", "claim", "age of Ana Roe", "a named person's age"],
  ["term:sentence@ana roe", "claim", "length of Ana Roe's sentence", "a prison term"],
  ["age:~firefighter", "claim", "age of the firefighter", "an unnamed person's age, by the noun"],
  ["elect", "date", "when: “elect…”", "a date's event head"],
  ["budget", "claim", "budget", "an unknown topic is shown as it is"],
];

describe("describeTopic", () => {
  test.each(CASES)("%s (%s) → %s (%s)", (topic, kind, expected) => {
    expect(describeTopic(topic, kind)).toBe(expected);
  });

  test.each([
    ["elect", "Ana Roe was first elected in 2018 and served two terms.", "when: “elected”", "the word as the text spells it"],
    ["elect", "Ana Roe won the 2018 vote.", "when: “elect…”", "no word from the stem nearby: the stem"],
    ["arrest", "Police say the Arrests came in May.", "when: “arrests”", "case set aside, shown in lower case"],
  ])("%s in %j → %s (%s)", (topic, context, expected) => {
    expect(describeTopic(topic, "date", context)).toBe(expected);
  });
});
