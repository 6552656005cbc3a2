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

/** The departments a list of short names gives, one hit each. */
export function departmentList(text: string): NameHit[] {
  const hits: NameHit[] = [];
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
