/**
 * Signs that a short quoted fragment is someone's words woven into the
 * writer's sentence (a partial quote), not a label or scare quote, even when
 * no reporting verb stands near it.
 */

/** Where a woven quotation's words come from: the verb that governs it, or the possessor before it. */
export interface WovenSign {
  kind: "verb" | "possessor" | "none";
  /** The verb or possessor word, as offsets into `before` (relative to its start). */
  start: number;
  end: number;
}

/** "described as", "described herself as", "characterized the plan as": the words are the describer's. */
const DESCRIBED_AS = /\b(describ|characteri[sz]|portray)(?:e|es|ed|ing)\b[^.!?;:“”"]{0,40}?\bas\s+(?:an?\s+|the\s+)?$/i;
/**
 * "called the offer “insulting”", "called the evidence against Ana Pelt
 * “overwhelming”", "called it “a disgrace”", "called the mayor a
 * “coward”": calling something by a judgement reports the caller's words. The
 * object is a pronoun, a short noun phrase or a capitalised name.
 */
const CALLED_OBJECT = /\bcall(?:s|ed|ing)?\s+(?:it|them|him|her|this|that|(?:the|his|her|their|its|this|that)(?:\s+[\p{Ll}-]+){1,2}(?:\s+(?:against|of|for|by|on|from|in)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})(?:\s+an?)?\s+$/u;
/**
 * A verb of becoming or seeming: he became “deeply worried”, she felt “out of
 * place”, being “thrilled” about it. A quoted predicate of someone's state is
 * how that person put it; a label would be a noun, not a predicate.
 */
const BECOMING = /\b(?:become|becomes|became|becoming|being|felt|feel|feels|feeling|seemed|seems|sounded)\s+$/i;
/** "in her words", "in his own words": the writer says whose words follow. */
const IN_WORDS = /\bin (his|her|their|its|my|our) (?:own )?words\b[^.!?]*$/i;
/**
 * A possessive right before a phrase of two words or more: his “sheer panic”,
 * the minister’s “moral duty”. The phrase is the possessor's own wording.
 */
const POSSESSIVE = /(?:\b(?:his|her)|(?<![\p{L}])\p{Lu}[\p{L}-]*(?=[’']s))(?:[’']s)?\s+$/u;
/** A fragment opening with a conjunction is a piece of a sentence, never a label: lost weight “and a bad habit too”. */
const OPENS_WITH_CONJUNCTION = /^(?:and|but|or|because|so|that|which|who|if|when|while|although|though|whether)\b/;

/**
 * Whether the words before a quotation (`before`, from its paragraph's start
 * to the opening mark) or the quotation itself (`inner`) show that it is
 * someone's words though no reporting cue was found, and where they come
 * from; null when nothing shows it.
 */
export function findWovenSign(before: string, inner: string, words: number): WovenSign | null {
  const own = IN_WORDS.exec(before);
  if (own?.[1]) return word("possessor", before, own.index + 3);
  const verb = DESCRIBED_AS.exec(before) ?? BECOMING.exec(before);
  if (verb) return word("verb", before, verb.index);
  const called = CALLED_OBJECT.exec(before);
  if (called && !/^(?:the|a|an)\b/i.test(inner)) return word("verb", before, called.index);
  const owner = words >= 2 ? POSSESSIVE.exec(before) : null;
  if (owner) return word("possessor", before, owner.index);
  if (OPENS_WITH_CONJUNCTION.test(inner)) return { kind: "none", start: 0, end: 0 };
  return null;
}

/** The word of `before` that starts at `at`. */
function word(kind: WovenSign["kind"], before: string, at: number): WovenSign {
  const m = /^[\p{L}]+/u.exec(before.slice(at));
  return { kind, start: at, end: at + (m?.[0].length ?? 0) };
}
