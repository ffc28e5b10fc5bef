/** One capitalised word of a name, maybe possessive: "China's", "RCMP", "Inc.". */
export const NAME_WORD = String.raw`[A-Z][\w.&-]*(?:'s|’s)?`;

/**
 * A capitalised name, possibly with "of"/"for"/"and" inside ("Department of
 * Justice") and one comma list ending in "and" ("Ministry of the Environment,
 * Conservation and Parks" is one body, not three).
 */
export const ORG_NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:of|for|and|on|de|the)\s+)*${NAME_WORD})*(?:(?:,\s+${NAME_WORD}(?:\s+${NAME_WORD})*)+,?\s+and\s+${NAME_WORD}(?:\s+${NAME_WORD})*)?`;
