/**
 * More last words of newspaper names, beside `OUTLET_SUFFIXES` in
 * news-outlets.ts: "according to the Lakeside Ledger", "the Bay Review
 * reported", "the Port Hope Standard". A name ending in one is an outlet only
 * when a citing cue stands by it, so "the Lakeside Record" alone is not cited.
 */
export const MORE_OUTLET_SUFFIXES: readonly string[] = [
  "Ledger", "Review", "Star", "Sun", "Standard", "Record", "Monitor", "Mirror", "Spectator", "Express", "Recorder",
  "Advocate", "Enterprise", "Gleaner", "Packet", "Clarion", "Argus", "Newswire", "Newswires",
];
