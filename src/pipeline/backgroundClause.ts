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

/**
 * "The envoys met for two days, their first session since the two presidents held a summit in
 * Lima last November": "since" with a clause of its own (at least two words) tells another
 * event, with its own names and date; "since March 4" is only a date.
 */
export const SINCE_CLAUSE = /\bsince\s+(?:[\w’'-]+,?\s+){2,}/i;
/**
 * The last "since" of a lead that opens such a clause with a subject of its own: the act after
 * it is that clause's. "since agreeing to a truce" shares the main clause's subject.
 */
const LAST_SINCE_CLAUSE = /\bsince\s+(?![a-z]+ing\b)(?:[\w’'-]+,?\s+){2,}(?![\s\S]*\bsince\s)/i;

/**
 * The part of the clause that is the act's own: cut before a "since" clause after the trigger,
 * and, for an act inside such a clause, from its "since" on.
 */
export function withoutSinceClause(
  sentence: string,
  clause: { start: number; end: number },
  triggerStart: number,
  triggerEnd: number,
): { start: number; end: number } {
  const after = SINCE_CLAUSE.exec(sentence.slice(triggerEnd, clause.end));
  const end = after === null ? clause.end : triggerEnd + after.index;
  const before = LAST_SINCE_CLAUSE.exec(sentence.slice(clause.start, triggerStart) + ' ');
  const start = before === null ? clause.start : clause.start + before.index;
  return { start, end };
}
