import { calendarDay, inferYear } from './calendarMath.ts';
import { MONTH_CAPITALISED, monthNumber } from './calendarWords.ts';
import type { EventDate } from '../../data/eventSchema.ts';
import type { DateParser, ParseContext } from './dateParser.ts';
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

/** The day a month word and an ordinal word name; the year as written, or as the tense says. */
function ordinalDate(
  monthWord: string | undefined,
  dayWord: string | undefined,
  written: string | undefined,
  at: number,
  c: ParseContext,
): EventDate | null | undefined {
  const month = monthNumber(monthWord);
  const day = dayOf(dayWord);
  if (month === 0 || day === 0) return undefined;
  const year = written
    ? Number(written)
    : (c.yearHeading ?? inferYear(month, day, c.published, dateTense(c.sentence, at)));
  return calendarDay(year, month, day);
}

/** "The new rates apply from June first." */
export const monthOrdinalDay: DateParser = {
  example: 'Beijing said the higher duties would apply starting June first.',
  screen: /(?:first|second|third|th)\b/i,
  pattern: new RegExp(`\\b${MONTH_CAPITALISED}\\s+${ORDINAL}(?![\\w-])(?:,?\\s+${YEAR}\\b)?`, 'g'),
  extract: (m, c) => ordinalDate(m[1], m[2], m[3], m.index, c),
};

/** "The talks resume on the fifth of March." */
export const ordinalDayOfMonth: DateParser = {
  example: 'The talks resume on the fifth of March.',
  screen: /\bof\b/i,
  pattern: new RegExp(
    `\\b(?:[Tt]he\\s+)?${ORDINAL}\\s+of\\s+${MONTH_CAPITALISED}(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  extract: (m, c) => ordinalDate(m[2], m[1], m[3], m.index, c),
};
