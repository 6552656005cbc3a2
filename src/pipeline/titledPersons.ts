import { ownedByThirdCountry } from './bodyOwners.ts';

/**
 * US offices whose titles name the department their holder acts for: "Attorney General Jane
 * Roe announced the program" is the Justice Department's act, though the gazetteer knows no
 * Jane Roe. (Other countries' ministers share titles like "foreign minister"; these do not.)
 */
const TITLES: readonly (readonly [string, string])[] = [
  ['Attorney General', 'US Justice Department'],
  ['Secretary of State', 'US State Department'],
  ['Commerce Secretary', 'US Department of Commerce'],
  ['Secretary of Commerce', 'US Department of Commerce'],
  ['Treasury Secretary', 'US Treasury'],
  ['Secretary of the Treasury', 'US Treasury'],
  ['Defense Secretary', 'Pentagon'],
  ['Secretary of Defense', 'Pentagon'],
  ['Homeland Security Secretary', 'US Homeland Security'],
  ['FBI Director', 'US Justice Department'],
];
const BODY_OF_TITLE = new Map(TITLES);
/** "Assistant Attorney General Jane Roe", "then-Treasury Secretary John Doe": title and name. */
const TITLED = new RegExp(
  `\\b(${TITLES.map(([t]) => t).join('|')})\\s+((?:[A-Z][\\w.'’-]*\\s+){0,2}[A-Z][a-z][\\w'’-]+)\\b`,
  'g',
);

/** The department of each surname a title introduced in `text` before `before`. */
export function titledSurnames(text: string, before = text.length): Map<string, string> {
  const found = new Map<string, string>();
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m !== null && m.index < before; m = TITLED.exec(text)) {
    const body = BODY_OF_TITLE.get(m[1] ?? '');
    const surname = (m[2] ?? '').split(/\s+/).at(-1);
    if (body === undefined || surname === undefined) continue;
    if (ownedByThirdCountry(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    found.set(surname, body);
  }
  return found;
}

/**
 * "Roe had begun a review of the program in March": the surname, right before the act's verb
 * (with "had", "has" or "also" between), that is the subject of the act.
 */
export function surnameSubject(lead: string): string | undefined {
  return /\b([A-Z][a-z][\w'’-]+)\s+(?:(?:had|has|have|also|then|first|later|formally)\s+){0,2}$/.exec(
    lead,
  )?.[1];
}
