import type { NameHit } from './findNames.ts';

/** The US departments a list may name by their short names alone, and who each is. */
const DEPARTMENT_OF: ReadonlyMap<string, string> = new Map([
  ['State', 'US State Department'],
  ['Treasury', 'US Treasury'],
  ['Commerce', 'US Department of Commerce'],
  ['Defense', 'Pentagon'],
  ['Justice', 'US Justice Department'],
  ['Energy', 'US Energy Department'],
  ['Homeland Security', 'US Homeland Security'],
  ['Agriculture', 'USDA'],
]);
const ONE = [...DEPARTMENT_OF.keys()].join('|');
/**
 * "a joint notice from State, Treasury and Commerce": three or more short names in a row, or
 * two before "departments", are the US departments; one alone ("State media", "Commerce
 * Minister") is not.
 */
const LIST = new RegExp(
  `\\b(?:${ONE})(?:,\\s+(?:${ONE})){1,}(?:,?\\s+and\\s+(?:${ONE}))\\b|\\b(?:${ONE})\\s+and\\s+(?:${ONE})\\s+(?=departments\\b)`,
  'g',
);
const MEMBER = new RegExp(`\\b(?:${ONE})\\b`, 'g');

/**
 * "Treasury said on Monday", "The Treasury on Friday blacklisted a trading house", "Commerce has
 * said it intends to": the Treasury or Commerce by its short name alone, as a clause's subject,
 * with its verb (or the day, then the verb) right after it, or a chronology's present ("MAR 4 -
 * Treasury designates two firms"). "Treasury yields", "Treasury bonds" and "Commerce Minister"
 * have a noun after the word, and stay no one.
 */
const SUBJECT_DEPARTMENT =
  /(?<![-’']|\bof\s+(?:the\s+)?|\b(?:in|at|to|for|with|from|by)\s+(?:the\s+)?)\b(Treasury|Commerce)\b(?=\s+(?:(?:on|last|this|late|early)\s+[A-Z][a-z]+\s+)?(?:(?:also|then|later|first|again|has|had|have)\s+){0,2}(?:said|says|told|tells|[a-z]{3,}ed|(?!(?:bonds|bills|yields|notes|securities|markets|officials|rates|auctions|futures|prices|holdings|sales|secretaries|departments|sanctions|rules|regulations|staff|officers)\b)[a-z]{3,}s|will|would|has|had|is|was|plans|intends|sent|took|made|began|put|set|cut)\b)/g;

/** The departments a list of short names gives, one hit each, and a short name as a subject. */
export function departmentList(text: string): NameHit[] {
  const hits: NameHit[] = [];
  SUBJECT_DEPARTMENT.lastIndex = 0;
  for (let m = SUBJECT_DEPARTMENT.exec(text); m !== null; m = SUBJECT_DEPARTMENT.exec(text)) {
    const name = DEPARTMENT_OF.get(m[1] ?? '');
    if (name !== undefined) hits.push({ name, start: m.index, end: m.index + m[0].length });
  }
  LIST.lastIndex = 0;
  for (let m = LIST.exec(text); m !== null; m = LIST.exec(text)) {
    MEMBER.lastIndex = 0;
    for (let w = MEMBER.exec(m[0]); w !== null; w = MEMBER.exec(m[0])) {
      const name = DEPARTMENT_OF.get(w[0]);
      const start = m.index + w.index;
      if (name !== undefined) hits.push({ name, start, end: start + w[0].length });
    }
  }
  return hits;
}
