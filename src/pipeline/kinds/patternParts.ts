/** A word inside a verb phrase; clause-joining words end the phrase ("imposed in response to"). */
const W =
  '(?:(?!(?:in|after|against|over|because|since|amid|despite|following|to|that|which|who|and|but|while|when|as|by|from|for|with)\\b)[\\w’\'"“”%.-]+\\s+)';

/** Up to n words of one verb phrase: "imposed [new 25 percent] tariffs". */
export const GAP = (n: number): string => `${W}{0,${n}}?`;

/** Every pattern runs over whole sentences with exec loops, so all are global. */
export const re = (source: string): RegExp => new RegExp(source, 'g');

/**
 * The subject of a relative clause told object first, with no "that": "the law [the president]
 * signed", "the rules [the outgoing Commerce Department] unveiled", "the model [the Beijing-based
 * firm] released". A proper name of up to four words, or a common noun for a government, a body
 * or a company; what stands before the verb is who acted on the noun before it.
 */
export const RELATIVE_AGENT =
  "(?:(?:that|which)\\s+)?(?:(?:the|its|their)\\s+)?(?:(?:outgoing|incoming|new|former|then|previous|current)[\\s-]+)?(?:(?:[A-Z][\\w.&’'-]*|[a-z]+-based|US|U\\.S\\.)\\s+){0,4}(?:[A-Z][\\w.&’'-]*|president|administration|government|department|ministry|company|firm|start-up|startup|lab|regulators?|lawmakers|Congress)\\s+(?:had\\s+|has\\s+)?";
