/** One capitalised word of a name, maybe possessive: "China's", "RCMP", "Inc.". */
export const NAME_WORD = String.raw`[A-Z][\w.&-]*(?:'s|’s)?`;

/**
 * A capitalised name, possibly with "of"/"for"/"and" inside ("Department of
 * Justice") and one comma list ending in "and" ("Ministry of the Environment,
 * Conservation and Parks" is one body, not three). A word ending a sentence
 * ends the name: "… on Wednesday. The Health Products Authority said" names
 * the authority alone ("Inc." and "St." may go on).
 */
export const ORG_NAME = String.raw`${NAME_WORD}(?:(?<![a-z0-9]{2}\.)\s+(?:(?:of|for|and|on|de|the)\s+)*${NAME_WORD})*(?:(?:,\s+${NAME_WORD}(?:\s+${NAME_WORD})*)+,?\s+and\s+${NAME_WORD}(?:\s+${NAME_WORD})*)?`;
