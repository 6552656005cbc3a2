import { calendarDay, inferYear } from './calendarMath.ts';
import { MONTH_CAPITALISED, monthNumber } from './calendarWords.ts';
import type { DateParser } from './dateParser.ts';
import { dateTense } from './dateTense.ts';

/*
 * Days written as ordinal words, as transcripts and spoken-style copy give them: "starting June
 * first", "on the fifth of March". Digits ("June 1st") are the calendar parsers' already.
 */

const UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** "first" → 1 … "thirty-first" → 31. */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['twentieth', 20],
  ...UNITS.map((w, i): [string, number] => [`twenty ${w}`, i + 21]),
  ['thirtieth', 30],
  ['thirty first', 31],
]);

/** Longest first, so "twenty first" is not read as "twenty" and a stray "first". */
const ORDINAL = `((?:twenty|thirty)[\\s-]+(?:${UNITS.join('|')})|${[...TEENS, ...UNITS, 'twentieth', 'thirtieth'].join('|')})`;
const YEAR = '((?:19|20)\\d\\d)';

function dayOf(word: string | undefined): number {
  return ORDINAL_DAYS.get((word ?? '').toLowerCase().replace(/[\s-]+/g, ' ')) ?? 0;
}

/** "The new rates apply from June first." */
export const monthOrdinalDay: DateParser = {
  example: 'Beijing said the higher duties would apply starting June first.',
  screen: /(?:first|second|third|th)\b/i,
  pattern: new RegExp(`\\b${MONTH_CAPITALISED}\\s+${ORDINAL}(?![\\w-])(?:,?\\s+${YEAR}\\b)?`, 'g'),
  extract(m, c) {
    const month = monthNumber(m[1]);
    const day = dayOf(m[2]);
    if (month === 0 || day === 0) return undefined;
    const year = m[3]
      ? Number(m[3])
      : inferYear(month, day, c.published, dateTense(c.sentence, m.index));
    return calendarDay(year, month, day);
  },
};

/** "The talks resume on the fifth of March." */
export const ordinalDayOfMonth: DateParser = {
  example: 'The talks resume on the fifth of March.',
  screen: /\bof\b/i,
  pattern: new RegExp(
    `\\b(?:[Tt]he\\s+)?${ORDINAL}\\s+of\\s+${MONTH_CAPITALISED}(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  extract(m, c) {
    const month = monthNumber(m[2]);
    const day = dayOf(m[1]);
    if (month === 0 || day === 0) return undefined;
    const year = m[3]
      ? Number(m[3])
      : inferYear(month, day, c.published, dateTense(c.sentence, m.index));
    return calendarDay(year, month, day);
  },
};
