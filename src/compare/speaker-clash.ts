/**
 * Two outlets giving the same words to different people is a finding of its
 * own: “We will not back down,” said Mayor Ana Roe in one paper and “We will
 * not back down,” said Councillor Ben Poe in another cannot both be right.
 * Names only clash when both are known and neither could be a short form of
 * the other ("Roe" / "Ana Roe" is one person; an unresolved speaker clashes
 * with nobody, and so does a description like “a ministry spokesperson”,
 * which a named person may be).
 */
export function speakersClash(a: string | null, b: string | null): boolean {
  if (!a || !b || isDescription(a) || isDescription(b)) return false;
  const x = words(a);
  const y = words(b);
  if (x.join(" ") === y.join(" ")) return false;
  const lastX = x[x.length - 1] ?? "";
  const lastY = y[y.length - 1] ?? "";
  // One name's words all inside the other's: "Roe" in "Ana Roe", "Prime Minister's Office" in "the Prime Minister's Office".
  const within = (p: string[], q: string[]) => p.every((w) => q.includes(w));
  return lastX !== lastY && !within(x, y) && !within(y, x);
}

/** “a ministry spokesperson”, “the spokesperson”: no proper name, only a role. “the Prime Minister's Office” is a name. */
function isDescription(name: string): boolean {
  return /^\p{Ll}/u.test(name.trim().replace(/^(?:an?|the)\s+/i, ""));
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== "the");
}

/** The reason a speaker clash gives its pair. */
export function clashReason(a: string, b: string): string {
  return `same words, different speakers: ${a} / ${b}`;
}
