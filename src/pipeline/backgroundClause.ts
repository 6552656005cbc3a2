/**
 * "Beijing had suspended talks after the speaker of the US House visited Taiwan": an act told
 * inside an "after/before/since/following" phrase is the background of the clause that holds
 * it. Undated, it is a reference to an event told elsewhere, not a new event.
 */
const BACKGROUND_LEAD =
  /\b(?:after|before|since|following|until)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w.'’-]+\s+){0,8}$/i;

/** The words before a trigger, in its clause, put it inside a background phrase. */
export function inBackgroundPhrase(lead: string): boolean {
  return BACKGROUND_LEAD.test(lead);
}

const CONDITION = /\b(?:if|unless)\b/i;
/** "could impose", "would raise": a modal on the act itself. */
const MODAL_BEFORE = /\b(?:could|would|might|may)\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * "If the talks go badly, Trump has said he could impose more tariffs": a consequence of a
 * condition is a threat or a possibility, not something done or planned.
 */
export function isConditionalConsequence(sentence: string, lead: string): boolean {
  return MODAL_BEFORE.test(lead) && CONDITION.test(sentence);
}
