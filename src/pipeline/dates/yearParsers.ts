import { execAll } from '../execAll.ts';
import { monthDate, shiftMonths, yearDate, yearOf } from './calendarMath.ts';
import {
  MONTH,
  NUMBER_WORDS,
  SPOKEN_YEAR,
  countOf,
  monthNumber,
  spokenYear,
} from './calendarWords.ts';
import type { DateParser, ParseContext } from './dateParser.ts';

/**
 * The rules that read a year alone: written after a preposition, as a modifier, in a range,
 * spelled out, as a fiscal year, or told against the publication date ("a year earlier").
 */

const HAS_YEAR = /\b(?:19|20)\d\d\b/;

export const fiscalYear: DateParser = {
  example: 'In fiscal 2024, the company earned $7.8 million.',
  screen: /fiscal/i,
  pattern:
    /\b(?:fiscal(?:\s+year)?\s+((?:19|20)\d\d)|the\s+(current|latest|last|previous|past|next)\s+fiscal\s+year)\b/gi,
  extract(m, c) {
    if (m[1]) return yearDate(Number(m[1]), false);
    if (c.published === null) return null;
    const which = (m[2] ?? '').toLowerCase();
    const shift = which === 'next' ? 1 : which === 'current' ? 0 : -1;
    return yearDate(yearOf(c.published) + shift, false);
  },
};

export const spokenYearDate: DateParser = {
  example: 'The convictions were thrown out in nineteen ninety-six.',
  screen: /nineteen|twenty|thousand/i,
  pattern: new RegExp(`\\b(?:${MONTH}\\s+|the\\s+year\\s+)?${SPOKEN_YEAR}\\b`, 'gi'),
  extract(m) {
    const year = spokenYear(m[2] ?? '');
    if (!Number.isFinite(year) || year < 1900 || year > 2099) return undefined;
    return m[1] ? monthDate(year, monthNumber(m[1]), false) : yearDate(year, false);
  },
};

const LEADING_PREPOSITION = /^(?:in|during|since|by|of|from|until|throughout|through)\s+/i;

export const yearAfterPreposition: DateParser = {
  example: 'Relations soured in late 2018.',
  screen: /\b(?:1[7-9]|20)\d\d\b/,
  needsDigit: true,
  pattern:
    /\b(?:(early|late|mid|later\s+in|earlier\s+in)[\s-]+|(?:in|during|since|by|of|from|until|throughout|through)\s+(?:(early|late|mid)[\s-]*)?)((?:1[7-9]|20)\d\d)\b(?![-/]\d|\s*[–-]\s*\d)/gi,
  // The preposition helps recognise the year; the refiners read it as the date's context.
  startOf: (m) => m.index + (LEADING_PREPOSITION.exec(m[0])?.[0].length ?? 0),
  extract(m) {
    return yearDate(Number(m[3]), m[1] !== undefined || m[2] !== undefined);
  },
};

const YEAR_NUMBER = /\b(?:19|20)\d\d\b/g;

/**
 * "fled in June 1998 and returned later that year": the year last written in the sentence, else
 * in the text before it, else the anchor's.
 */
export function yearToldBefore(c: ParseContext, index: number): number {
  let year = c.yearTold ?? yearOf(c.anchor ?? c.published ?? '');
  for (const m of execAll(YEAR_NUMBER, c.sentence.slice(0, index))) year = Number(m[0]);
  return year;
}

/** Years told against the publication date, or against the year just told ("that year"). */
export const relativeYear: DateParser = {
  example: 'Wages were 3.8 percent higher than a year earlier.',
  screen: /year/i,
  pattern:
    /\b(?:(a\s+year\s+(?:earlier|before)|the\s+(?:past|previous|prior|preceding)\s+year|year[-\s](?:earlier|ago))|((?:later|earlier)\s+(?:in\s+)?that\s+year|that\s+(?:same\s+)?year|the\s+same\s+year)|(year[-\s]end|year['’]s\s+end|the\s+(?:full|current|whole|entire)\s+year|(?:earlier|later)\s+in\s+the\s+year|(?<=\b(?:for|of)\s+)the\s+(?:fiscal\s+)?year(?!\s+(?:ago|earlier|before|after|of|to)\b)))\b/gi,
  extract(m, c) {
    if (c.published === null) return null;
    if (m[1]) return yearDate(yearOf(c.published) - 1, false);
    if (m[2]) return yearDate(yearToldBefore(c, m.index), /later|earlier/i.test(m[2]));
    return yearDate(yearOf(c.published), /^(?:earlier|later)/i.test(m[3] ?? ''));
  },
};

const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'gi');
const YEARS_COUNT = Object.keys(NUMBER_WORDS).join('|');

/**
 * "The rules came in October 2022 and were tightened again a year later": whole years counted
 * on from the date the sentence told before, to its month when it gave one. Undated with no
 * date before it in the text: the publication is not what "later" counts from.
 */
export const yearsLater: DateParser = {
  example: 'The rules came in October 2022 and were tightened again a year later.',
  screen: /year/i,
  pattern: new RegExp(`\\b(\\d+|${YEARS_COUNT})\\s+years?\\s+(?:later|afterwards|on)\\b`, 'gi'),
  extract(m, c) {
    const count = countOf((m[1] ?? '').toLowerCase());
    if (!Number.isFinite(count) || count > 10) return null;
    const before = c.sentence.slice(0, m.index);
    const month = execAll(MONTH_YEAR, before).at(-1);
    if (month !== undefined) {
      const number = monthNumber(month[1] ?? '');
      const ref = `${month[2] ?? ''}-${String(number).padStart(2, '0')}`;
      if (number > 0) return shiftMonths(ref, 12 * count, true);
    }
    const year = execAll(YEAR_NUMBER, before).at(-1)?.[0] ?? c.yearTold;
    return year == null ? null : yearDate(Number(year) + count, true);
  },
};

/** A year named as a modifier or in a list: "the 1996 bombing", "between 1985 and 1987". */
export const bareYear: DateParser = {
  example: 'They met for the first time since the 2019 summit.',
  screen: HAS_YEAR,
  needsDigit: true,
  pattern:
    /(?:\b(?:the|a|an|its|his|her|their|our|this|that|between|and|or|both|to|for|in|from|since|by|until|till|through|of|after|before|into|around|during|throughout|due)\s+|['’]s\s+|\b(?:mid|post|pre)-)((?:19|20)\d\d)(?![\d%]|[-/]\d\d[-/]|\s*(?:percent|per\s+cent)\b)/gi,
  startOf: (m) => m.index + m[0].length - (m[1] ?? '').length,
  extract(m) {
    return yearDate(Number(m[1]), false);
  },
};

/** The second year of "2009-2010" or "1957-58". */
export const yearRangeEnd: DateParser = {
  example: 'The programme ran in 2009-2010.',
  screen: /\d\d\s*[-–]\s*\d\d/,
  needsDigit: true,
  pattern: /(?<=\b((?:19|20)\d\d)\s*[-–]\s*)(\d\d(?:\d\d)?)\b(?![-/]\d)/g,
  extract(m) {
    const first = Number(m[1]);
    const tail = m[2] ?? '';
    const year = tail.length === 4 ? Number(tail) : Math.floor(first / 100) * 100 + Number(tail);
    return year > first && year - first < 20 ? yearDate(year, false) : undefined;
  },
};

/** The first year of such a range, which yearAfterPreposition leaves to this rule. */
export const yearRangeStart: DateParser = {
  example: 'Sales fell in 2009-2010.',
  screen: /\d\d\s*[-–]\s*\d\d/,
  needsDigit: true,
  pattern: /\b((?:19|20)\d\d)(?=\s*[-–]\s*\d\d(?:\d\d)?\b(?![-/]\d))/g,
  extract(m) {
    return yearDate(Number(m[1]), false);
  },
};
