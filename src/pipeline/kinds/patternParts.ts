/**
 * A word inside a verb phrase; clause-joining words end the phrase ("imposed in response to"). A
 * number keeps its thousands commas ("revoked more than 1,000 visas").
 */
const W =
  '(?:(?!(?:in|after|against|over|because|since|amid|despite|following|to|that|which|who|and|but|while|when|as|by|from|for|with)\\b)(?:\\$?\\d{1,3}(?:,\\d{3})+|[\\w’\'"“”%.-]+)\\s+)';

/** Up to n words of one verb phrase: "imposed [new 25 percent] tariffs". */
export const GAP = (n: number): string => `${W}{0,${n}}?`;

/** Every pattern runs over whole sentences with exec loops, so all are global. */
export const re = (source: string): RegExp => new RegExp(source, 'g');

/** A word of a relative clause's subject: a name, or a title or body in lower case. */
const AGENT_WORD =
  "(?:[A-Z][\\w.&’'-]*|[a-z]+-based|president|secretary|minister|administration|government|department|ministry|company|firm|start-up|startup|lab|regulators?|lawmakers)";

/**
 * The subject of a relative clause told object first, with no "that": "the law [the president]
 * signed", "the rules [the outgoing Commerce Department] unveiled", "the model [the Beijing-based
 * firm] released", "the Act, which [former US president Smith] signed". Up to five words of
 * names, titles and bodies; what stands before the verb is who acted on the noun before it.
 */
export const RELATIVE_AGENT = `(?:(?:that|which)\\s+)?(?:(?:the|its|their)\\s+)?(?:(?:outgoing|incoming|new|former|then|previous|current)[\\s-]+)?(?:${AGENT_WORD}\\s+){1,5}(?:had\\s+|has\\s+)?`;

/**
 * What stands right before the verb of a clause whose subject is a body, an official or a firm:
 * a name (capitalised), a body's head noun ("the ministry", "prosecutors"), "it"/"they", or an
 * aside's closing bracket; then up to three adverbs, auxiliaries or a day ("Treasury on Friday
 * blacklisted", "the regulator also fined"). The catch-all's subject test (classifyDetection)
 * then asks for a side's name there; this only keeps the pattern off verbs no subject leads.
 */
export const SUBJECT_BEFORE =
  "(?<=(?:\\b[A-Z][\\w.&’'-]*|^[a-z][\\w.&’'-]*|\\b(?:ministry|department|agency|regulator|commission|court|judge|jury|government|administration|embassy|office|bureau|spokes(?:man|woman|person)|officials|it|they|prosecutors|military|navy|army|exchange|company|firm|authorities|council|board|watchdog|lawmakers|legislature|panel|committee|representative|secretary|minister|president|police)|\\))\\s+(?:(?:also|then|later|formally|officially|quietly|again|first|swiftly|quickly|jointly|unanimously|abruptly|separately|subsequently|had|has|have|(?:on|last|this|early|late)\\s+[A-Z]?[a-z]+(?:\\s+\\d{1,2})?,?)\\s+){0,3})";

/** A question names no act: "Who ordered the raid on Friday?" */
export const NO_QUESTION = '(?![^?]*\\?)';

/** Words a title leaves off its object's end ("bars Micron products from its" → "from"). */
const DANGLING =
  /\s+(?:the|a|an|its|their|his|her|of|to|for|from|in|on|at|by|with|and|or|over|against)$/i;

/**
 * What a catch-all's title keeps of the words after its verb: up to `most` words, without quotation
 * marks, closing punctuation or a dangling "of the" ("bars Micron products from its" → "bars Micron
 * products").
 */
export function titleObject(words: string, most: number): string {
  return words
    .replace(/["“”]/g, '')
    .replace(/[.!?’]+$/, '')
    .trim()
    .split(/\s+/)
    .slice(0, most)
    .join(' ')
    .replace(DANGLING, '')
    .replace(DANGLING, '');
}
