import type { Tense } from '../clauseTense.ts';
import type { EventDate } from '../../data/eventSchema.ts';
import {
  calendarDay,
  dayRange,
  inferYear,
  isoDay,
  monthDate,
  nthWeekday,
  shiftDays,
  shiftMonths,
  weekdayDate,
  yearDate,
  yearOf,
} from './calendarMath.ts';
import {
  COUNT,
  MONTH,
  MONTH_CAPITALISED,
  WEEKDAY,
  countOf,
  monthNumber,
  weekdayNumber,
} from './calendarWords.ts';
import type { DateParser, ParseContext } from './dateParser.ts';
import { dateTense } from './dateTense.ts';
import { monthOrdinalDay, ordinalDayOfMonth } from './ordinalDay.ts';
import { season } from './season.ts';
import { thatWasWhen } from './thatWasWhen.ts';
import {
  bareYear,
  fiscalYear,
  relativeYear,
  spokenYearDate,
  yearAfterPreposition,
  yearRangeEnd,
  yearRangeStart,
  yearToldBefore,
  yearsLater,
} from './yearParsers.ts';

/**
 * The date grammar, most specific rule first: a rule's match claims its words, so "May 10
 * and 11" is read as one span before "May 10" alone can take them. Parsers that count from
 * the publication date come after the ones that read a written calendar date.
 */

const ORD = '(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const HAS_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const HAS_WEEKDAY = /day\b/i;
const PARTS =
  '(early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)';

/** "the following", "next" … as a shift of one unit. */
function shiftOf(word: string | undefined): number {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'next' || w === 'the following' || w === 'the next' || w === 'following') return 1;
  if (w === 'last' || w === 'the previous' || w === 'previous' || w === 'past') return -1;
  return 0;
}

function yearFor(month: number, day: number, c: ParseContext, at: number, written?: string) {
  if (written) return Number(written);
  if (c.yearHeading != null) return c.yearHeading;
  const tense = dateTense(c.sentence, at);
  const inferred = inferYear(month, day, c.published, tense);
  // "will visit on March 27" looks ahead from the paper, whatever day the text told last.
  return (tense === 'future' ? undefined : yearOfToldDay(month, day, c, inferred)) ?? inferred;
}

/** How close a day without a year must be to the day told last to share its year. */
const TOLD_DAY_REACH_MS = 31 * 86_400_000;

/**
 * "May 4, 2019: the deal is signed. She flies home on May 5" in a paper of 2022: a day written
 * without a year within a month of the day the text told last, with its year, is in that day's
 * year (or the next, for "Dec. 30, 2019: … Jan. 2"), not in the one nearest the publication.
 */
function yearOfToldDay(
  month: number,
  day: number,
  c: ParseContext,
  inferred: number,
): number | undefined {
  if (c.anchor === null || c.yearTold == null || c.anchor === c.published) return undefined;
  const told = yearOf(c.anchor);
  if (told !== c.yearTold) return undefined;
  const anchor = Date.parse(`${c.anchor}T00:00:00Z`);
  for (const year of [told, told + 1, told - 1]) {
    if (Math.abs(Date.UTC(year, month - 1, day) - anchor) > TOLD_DAY_REACH_MS) continue;
    return year === inferred ? undefined : year;
  }
  return undefined;
}

const monthDayRange: DateParser = {
  example: 'Talks were held in Geneva on May 10 and 11.',
  screen: HAS_MONTH,
  needsDigit: true,
  pattern: new RegExp(
    `\\b${MONTH}\\s+(\\d{1,2})${ORD}\\s*(?:-|–|to|and|through)\\s*(\\d{1,2})${ORD}\\b(?:,?\\s+${YEAR})?`,
    'gi',
  ),
  extract(m, c) {
    const month = monthNumber(m[1]);
    const d1 = Number(m[2]);
    const d2 = Number(m[3]);
    if (d2 <= d1 || d2 > 31) return undefined;
    return dayRange(yearFor(month, d1, c, m.index, m[4]), month, d1, d2);
  },
};

const dayMonthRange: DateParser = {
  example: 'Talks were held in Geneva on 10-11 May.',
  screen: HAS_MONTH,
  needsDigit: true,
  pattern: new RegExp(
    `\\b(\\d{1,2})${ORD}\\s*(?:-|–|to|and)\\s*(\\d{1,2})${ORD}\\s+${MONTH}(?:,?\\s+${YEAR})?`,
    'gi',
  ),
  extract(m, c) {
    const month = monthNumber(m[3]);
    const d1 = Number(m[1]);
    const d2 = Number(m[2]);
    if (d2 <= d1 || d2 > 31) return undefined;
    return dayRange(yearFor(month, d1, c, m.index, m[4]), month, d1, d2);
  },
};

const weekdayRange: DateParser = {
  example: 'The delegations met in Madrid on Sunday and Monday.',
  screen: HAS_WEEKDAY,
  pattern: new RegExp(`\\b(?:on\\s+)?${WEEKDAY}\\s+(and|to|through|-|–)\\s+${WEEKDAY}\\b`, 'gi'),
  extract(m, c) {
    if (c.published === null) return null;
    const first = weekdayNumber(m[1]);
    const second = weekdayNumber(m[3]);
    const days = (second - first + 7) % 7;
    // "Friday and Thursday" names two days, not a six-day span.
    if (m[2]?.toLowerCase() === 'and' && days !== 1) return undefined;
    const tense = dateTense(c.sentence, m.index);
    // "announced exercises from Thursday to Sunday" in Friday's paper: a span that began before
    // the publication day and has not ended is this week's, under way, whatever the verb's tense.
    if (tense !== 'future' && m[2]?.toLowerCase() !== 'and') {
      const begun = weekdayDate(c.published, first, 'past', true).start;
      const ends = begun === null ? null : shiftDays(begun, days, false).start;
      if (begun !== null && ends != null && ends >= c.published) {
        return { start: begun, end: ends, precision: 'day', approximate: false };
      }
    }
    const last = weekdayDate(c.published, second, tense);
    if (last.start === null) return null;
    const start = new Date(`${last.start}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() - days);
    return { ...last, start: isoDay(start), end: last.start };
  },
};

const partOfMonth: DateParser = {
  example: 'He will go in early April.',
  screen: HAS_MONTH,
  pattern: new RegExp(`\\b${PARTS}[\\s-]+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi'),
  extract(m, c) {
    const month = monthNumber(m[2]);
    return monthDate(yearFor(month, 15, c, m.index, m[3]), month, true);
  },
};

/**
 * "visited Beijing in the last week of August 2024": the seven days the phrase names, so a visit
 * the next sentence dates "from 27 to 29 August" is the same one.
 */
const weekOfMonth: DateParser = {
  example: 'The adviser visited in the last week of August 2024.',
  screen: HAS_MONTH,
  pattern: new RegExp(
    `\\b(first|second|third|fourth|last|final)\\s+week\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
    'gi',
  ),
  extract(m, c) {
    const month = monthNumber(m[2]);
    const year = yearFor(month, 15, c, m.index, m[3]);
    if (!Number.isFinite(year)) return null;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const which = (m[1] ?? '').toLowerCase();
    const first =
      which === 'last' || which === 'final'
        ? days - 6
        : 1 + 7 * ['first', 'second', 'third', 'fourth'].indexOf(which);
    const range = dayRange(year, month, first, first + 6);
    return range === null ? null : { ...range, approximate: true };
  },
};

const monthOfRelativeYear: DateParser = {
  example: 'He will travel in April next year.',
  screen: HAS_MONTH,
  pattern: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(next|this|last)\\s+year\\b`, 'gi'),
  extract(m, c) {
    if (c.published === null) return null;
    return monthDate(yearOf(c.published) + shiftOf(m[2]), monthNumber(m[1]), false);
  },
};

/**
 * "The first duties came in July 2018. In September that year a second round followed": the
 * month of the year the text last wrote out, not of the publication year.
 */
const monthOfThatYear: DateParser = {
  example: 'Duties began in July 2018; in September that year they were widened.',
  screen: HAS_MONTH,
  pattern: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?that\\s+(?:same\\s+)?year\\b`, 'gi'),
  extract(m, c) {
    if (c.published === null && c.yearTold == null) return null;
    return monthDate(yearToldBefore(c, m.index), monthNumber(m[1]), false);
  },
};

const relativePeriod: DateParser = {
  example: 'Xi would visit later this year.',
  screen: /year|month/i,
  pattern:
    /\b(?:(later|earlier|early|late)\s+|(?:by\s+|at\s+|toward(?:s)?\s+|around\s+)?(?:the\s+)?(end|beginning|start|middle)\s+of\s+)?(?:(this|next|last|the\s+following|the\s+previous)\s+(year|month)|the\s+(year|month))\b/gi,
  extract(m, c) {
    const modifier = (m[1] ?? m[2] ?? '').toLowerCase();
    const which = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = (m[4] ?? m[5] ?? '').toLowerCase();
    const base = which.startsWith('the ')
      ? (c.anchor ?? c.published)
      : m[5]
        ? toldMonthBase(c)
        : c.published;
    if (base === null) return null;
    // "the year" alone is only a date with a modifier: "by the end of the year".
    if (m[5] && modifier === '') return undefined;
    const approximate = modifier !== '';
    if (unit === 'year') {
      const from = which.startsWith('the ') ? yearToldBefore(c, m.index) : yearOf(base);
      return yearDate(from + shiftOf(which), approximate);
    }
    return shiftMonths(base, shiftOf(which), approximate);
  },
};

/**
 * "In March 2019 talks stalled; by the end of the month both sides had walked away": "the month"
 * of a story told in the past is the month it last told. A day still ahead is a plan, not where
 * the story stands: "Nov 1: the duties take effect. A summit at the end of the month is in
 * doubt" is the month of writing.
 */
function toldMonthBase(c: ParseContext): string | null {
  if (c.anchor === null) return c.published;
  if (c.published === null) return c.anchor;
  return c.anchor > c.published ? c.published : c.anchor;
}

const anchoredShift: DateParser = {
  example: 'Two days later, China retaliated.',
  screen: /later|earlier|afterwards|after\s+that|before\s+that|following|next|previous/i,
  pattern: new RegExp(
    `\\b(?:${COUNT}\\s+(day|week|month)s?\\s+(later|afterwards|earlier|before\\s+that|after\\s+that)|the\\s+(following|next|previous)\\s+(day|week|month|morning|afternoon|evening|night))\\b`,
    'gi',
  ),
  extract(m, c) {
    if (c.anchor === null && c.toldMonth == null) return null;
    const countWord = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const fuzzy = countWord === 'several' || countWord === 'a few';
    const count = m[4] ? 1 : countOf(countWord);
    if (!Number.isFinite(count)) return null;
    const direction = m[4]
      ? m[4].toLowerCase() === 'previous'
        ? -1
        : 1
      : /earlier|before/i.test(m[3] ?? '')
        ? -1
        : 1;
    const unit = (m[2] ?? m[5] ?? 'day').toLowerCase();
    if (unit === 'month')
      return shiftMonths(c.toldMonth ?? c.anchor ?? '', direction * count, fuzzy);
    // "In August the ministry sanctioned ten officials. Two weeks later …": no day to count from.
    if (c.anchor === null || (c.toldMonth != null && c.toldMonth !== c.anchor.slice(0, 7))) {
      return c.toldMonth == null
        ? null
        : { start: c.toldMonth, precision: 'month', approximate: true };
    }
    const base = new Date(`${c.anchor}T00:00:00Z`);
    base.setUTCDate(base.getUTCDate() + direction * (unit === 'week' ? 7 * count : count));
    // "The following week" starts on its Monday.
    if (m[4] && unit === 'week') base.setUTCDate(base.getUTCDate() - ((base.getUTCDay() + 6) % 7));
    return { start: isoDay(base), precision: 'day', approximate: fuzzy || unit === 'week' };
  },
};

/**
 * "that same day", "later that day", a newsletter's "Same day, …": the day told before. Shared with the refiner that reads
 * it as its own sentence's day when the sentence told one (dateRefiners' sameDayInSentence).
 */
export const SAME_DAY =
  '(?:(?:earlier|later)\\s+(?:on\\s+|in\\s+)?(?:that|the)\\s+day|that\\s+same\\s+day|the\\s+same\\s+day|(?<![\\w-]\\s)same\\s+day(?=\\s*,))';

const sameDayAsAnchor: DateParser = {
  example: 'Within hours, Beijing announced countermeasures.',
  screen: /th(?:at|e)\s+day|same\s+day|within\s+(?:hours|minutes)/i,
  pattern: new RegExp(`\\b(?:${SAME_DAY}|within\\s+(?:hours|minutes))\\b`, 'gi'),
  extract(_m, c) {
    const base = c.anchor ?? c.published;
    return base === null ? null : shiftDays(base, 0, false);
  },
};

const monthDay: DateParser = {
  example: 'They spoke on February 4.',
  screen: HAS_MONTH,
  needsDigit: true,
  pattern: new RegExp(
    `\\b(?:${WEEKDAY},?\\s+)?${MONTH_CAPITALISED}\\s+(\\d{1,2})${ORD}\\b(?!\\d|:\\d)(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  extract(m, c) {
    const month = monthNumber(m[2]);
    const d = Number(m[3]);
    return calendarDay(yearFor(month, d, c, m.index, m[4]), month, d);
  },
};

const dayMonth: DateParser = {
  example: 'The talks opened on 12 May 2025.',
  screen: HAS_MONTH,
  needsDigit: true,
  pattern: new RegExp(
    `\\b(?:${WEEKDAY},?\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_CAPITALISED}(?:,?\\s+${YEAR}\\b)?`,
    'g',
  ),
  extract(m, c) {
    const month = monthNumber(m[3]);
    const d = Number(m[2]);
    return calendarDay(yearFor(month, d, c, m.index, m[4]), month, d);
  },
};

const monthYear: DateParser = {
  example: 'The rules were first imposed in October 2022.',
  screen: HAS_MONTH,
  needsDigit: true,
  pattern: new RegExp(`\\b${MONTH_CAPITALISED},?\\s+${YEAR}\\b`, 'g'),
  extract(m) {
    return monthDate(Number(m[2]), monthNumber(m[1]), false);
  },
};

/**
 * A bare month: capitalised, and "May" or an abbreviation only after a cue word (it is also a
 * verb), which may open the sentence: "In May, the regulator told operators to stop buying".
 */
const THIS_YEAR = /\b(?:this|earlier\s+this|later\s+this)\s+year\b/i;

const monthAlone: DateParser = {
  example: 'China imposed restrictions in April.',
  screen: HAS_MONTH,
  pattern:
    /\b(?:([Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|of|[Ll]ast|[Tt]his|[Nn]ext|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id|that)[\s-]+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?![\w-])/g,
  startOf: (m) => m.index + m[0].length - (m[2] ?? '').length,
  extract(m, c) {
    const word = m[2] ?? '';
    if ((word === 'May' || word.endsWith('.')) && m[1] === undefined) return undefined;
    const month = monthNumber(word);
    const which = m[1]?.toLowerCase();
    const at = m.index + m[0].length - word.length;
    if (which === 'this' && c.published !== null)
      return monthDate(yearOf(c.published), month, false);
    // "last November" written in November is a year back; "next May" written in May a year on.
    if ((which === 'last' || which === 'next') && c.published?.slice(5, 7) === m2(month)) {
      return monthDate(yearOf(c.published) + (which === 'last' ? -1 : 1), month, false);
    }
    // "This year three officials flew to Beijing: one in January, one in March": a month the
    // sentence has already put in this year is this year's, past or ahead of the paper.
    if (
      which !== 'last' &&
      which !== 'next' &&
      c.published !== null &&
      THIS_YEAR.test(c.sentence.slice(0, at))
    ) {
      return monthDate(yearOf(c.published), month, false);
    }
    if (which !== 'last' && which !== 'next' && c.yearHeading != null) {
      return monthDate(c.yearHeading, month, false);
    }
    const tense: Tense =
      which === 'last' ? 'past' : which === 'next' ? 'future' : dateTense(c.sentence, at);
    return monthDate(inferYear(month, 15, c.published, tense), month, false);
  },
};

function m2(month: number): string {
  return String(month).padStart(2, '0');
}

/** Fixed and weekday-counted holidays of US newswire. */
const HOLIDAYS: Readonly<Record<string, (year: number) => string>> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  christmas: (y) => `${y}-12-25`,
  'new year': (y) => `${y}-01-01`,
  'election day': (y) => shiftDays(nthWeekday(y, 11, 1, 1), 1, false).start ?? `${y}-11-03`,
};

const holiday: DateParser = {
  example: 'The boy was found on Thanksgiving Day clinging to an inner tube.',
  screen: /thanksgiving|christmas|new\s+year|election\s+day/i,
  pattern:
    /\b(?:(last|next|this)\s+)?(thanksgiving|christmas|new\s+year|election\s+day)(?:['’]s)?(?:\s+(?:day|eve))?\b/gi,
  extract(m, c) {
    if (c.published === null) return null;
    const name = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const day = HOLIDAYS[name];
    if (day === undefined) return undefined;
    // "New Year" without a day is the year ("the new year"), not January 1.
    if (name === 'new year' && !/day|eve|['’]s/i.test(m[0])) return undefined;
    const which = m[1]?.toLowerCase();
    const tense: Tense =
      which === 'last' ? 'past' : which === 'next' ? 'future' : dateTense(c.sentence, m.index);
    const refYear = yearOf(c.published);
    const thisYear = day(refYear);
    let iso = thisYear;
    if (tense === 'future' && thisYear < c.published) iso = day(refYear + 1);
    else if (tense !== 'future' && thisYear > c.published) iso = day(refYear - 1);
    if (/eve/i.test(m[0])) iso = shiftDays(iso, -1, false).start ?? iso;
    return { start: iso, precision: 'day', approximate: false };
  },
};

const FUTURE_VERB_BEFORE =
  /\b(?:will|would|shall|is\s+due\s+to|are\s+due\s+to)\s+(?:[a-z]+\s+){1,2}$/i;

const weekdayAlone: DateParser = {
  example: 'On Monday the ministry said it had imposed tariffs.',
  screen: HAS_WEEKDAY,
  pattern: new RegExp(
    `\\b(?:(on|last|this|next|this\\s+past|the\\s+previous)\\s+)?${WEEKDAY}\\b(['’]s)?`,
    'gi',
  ),
  extract(m, c) {
    if (c.published === null) return null;
    const which = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const weekday = weekdayNumber(m[2]);
    // "Wednesday's ruling" names something already done, unless a verb still to come governs it
    // ("would attend Monday's inauguration").
    const owned =
      m[3] !== undefined &&
      !FUTURE_VERB_BEFORE.test(c.sentence.slice(Math.max(0, m.index - 40), m.index));
    const tense: Tense =
      which === 'last' || which === 'this past' || which === 'the previous' || owned
        ? 'past'
        : which === 'next'
          ? 'future'
          : dateTense(c.sentence, m.index);
    // "last Wednesday" written on a Wednesday is a week back, "the previous Friday" too.
    const skipToday = which === 'last' || which === 'next' || which === 'the previous';
    const base = which === 'the previous' ? (c.anchor ?? c.published) : c.published;
    const day = weekdayDate(base, weekday, tense, skipToday);
    // "Last Monday the minister signed the order" in a Tuesday paper: yesterday would be "on
    // Monday" or "yesterday", so "last Monday" is the Monday of the week before.
    if (which === 'last' && day.start === shiftDays(c.published, -1, false).start) {
      return shiftDays(c.published, -8, false);
    }
    return day;
  },
};

/**
 * "The board voted on Thursday of last week" in a Monday paper: that weekday of the calendar
 * week before (or after, or this one), not the latest Thursday nor the whole week.
 */
const weekdayOfWeek: DateParser = {
  example: 'The board voted on Thursday of last week.',
  screen: /day\s+(?:of\s+)?(?:last|next|this)\s+week/i,
  // "on Tuesday last week" says the same without "of".
  pattern: new RegExp(`\\b(?:on\\s+)?${WEEKDAY}\\s+(?:of\\s+)?(last|next|this)\\s+week\\b`, 'gi'),
  extract(m, c) {
    if (c.published === null) return null;
    const which = (m[2] ?? '').toLowerCase();
    const monday = calendarWeek(
      c.published,
      which === 'last' ? lastWeekShift(c.published) : which === 'next' ? 7 : 0,
    ).start;
    if (monday === null) return null;
    const fromMonday = (weekdayNumber(m[1]) + 6) % 7;
    return shiftDays(monday, fromMonday, false);
  },
};

/**
 * "Over the weekend, China announced …" in a Monday paper: the Saturday just gone, as an
 * approximate day (the Sunday is as likely); "this weekend" ahead in a plan is the next one.
 */
const weekend: DateParser = {
  example: 'Over the weekend, the ministry opened an anti-dumping probe.',
  screen: /weekend/i,
  pattern: /\b(?:(?:over|during|at)\s+the|(last|this\s+past|this|next))\s+weekend\b/gi,
  extract(m, c) {
    if (c.published === null) return null;
    const which = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const tense: Tense =
      which === 'last' || which === 'this past'
        ? 'past'
        : which === 'next'
          ? 'future'
          : dateTense(c.sentence, m.index);
    const saturday = weekdayDate(c.published, weekdayNumber('saturday'), tense, false);
    return { ...saturday, approximate: true };
  },
};

const casualDay: DateParser = {
  example: 'The ministry confirmed yesterday’s call.',
  // "This evening the trade office published a list": broadcast copy's same-day words.
  // "Beijing's tariff commission said overnight it would …": what was said overnight is news
  // of the day of writing (a night flight or rate is no date).
  screen: /yesterday|today|tonight|tomorrow|overnight|this\s+(?:morning|afternoon|evening)/i,
  pattern:
    /\b(yesterday|today|tonight|tomorrow|(?<=\b(?:said|announced|confirmed|declared|added|retaliated|responded|hit\s+back)\s+)overnight|this\s+(?:morning|afternoon|evening))\b/gi,
  extract(m, c) {
    if (c.published === null) return null;
    const word = (m[1] ?? '').toLowerCase();
    return shiftDays(c.published, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0, false);
  },
};

/**
 * "The second tariff took effect at 12:01 a.m. ET", "7:30 a.m. - The ministry has filed a
 * complaint": a clock time with no day beside it is on the day the text is written. A sentence
 * that names a day or a month, or a time that bounds ("by 5 p.m."), is left to the other rules.
 */
const clockTime: DateParser = {
  example: 'The second tariff took effect at 12:01 a.m. ET.',
  screen: /\d:\d\d\s*[ap]\.?m/i,
  needsDigit: true,
  pattern: /(?<!\b(?:by|until|till|before|after)\s+)\b(?:[01]?\d):[0-5]\d\s*[ap]\.?m\.?(?!\w)/gi,
  extract(_m, c) {
    if (c.published === null || NAMES_A_DAY.test(c.sentence)) return null;
    return { start: c.published.slice(0, 10), precision: 'day', approximate: false };
  },
};
const NAMES_A_DAY = new RegExp(
  `\\b(?:${WEEKDAY}|${MONTH_CAPITALISED}|yesterday|today|tonight|tomorrow|(?:19|20)\\d\\d)\\b`,
  'i',
);

const ago: DateParser = {
  example: 'The two leaders met two weeks ago.',
  screen: /\bago\b/i,
  pattern: new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+(?:or\\s+so\\s+)?ago\\b`, 'gi'),
  extract(m, c) {
    if (c.published === null) return null;
    const count = countOf(m[1]);
    if (!Number.isFinite(count)) return null;
    const unit = (m[2] ?? 'day').toLowerCase();
    if (unit === 'year') return yearDate(yearOf(c.published) - count, false);
    if (unit === 'month') return shiftMonths(c.published, -count, false);
    return shiftDays(c.published, -(unit === 'week' ? 7 : 1) * count, unit === 'week');
  },
};

/**
 * "days earlier the US had slapped sanctions": a few days before the day the text is on,
 * an approximate day (the month is what it can be trusted for).
 */
const bareDaysShift: DateParser = {
  example: 'The talks were tense because days earlier Washington had imposed sanctions.',
  screen: /days\s+(?:earlier|later)/i,
  pattern: /\bdays\s+(earlier|later)\b(?!\s+than)/gi,
  extract(m, c) {
    // After "In August …", "days later" is in August (or so): the text gave no day since.
    if (c.toldMonth != null && c.toldMonth !== (c.anchor ?? c.published)?.slice(0, 7)) {
      return { start: c.toldMonth, precision: 'month', approximate: true };
    }
    const base = c.anchor ?? c.published;
    if (base === null) return null;
    return shiftDays(base, /earlier/i.test(m[1] ?? '') ? -3 : 3, true);
  },
};

/**
 * "The US eased its ban on Friday, a day after Beijing loosened its own limits": the phrase heads
 * a clause of its own, whose act is a day from the day the sentence told (the refiner
 * dayAfterClause reads it; alone, "a day after the vote", it has no day to count from). A date
 * right after it ("two days after June 1") is a date of its own, read by the rules for dates.
 */
/** Shared with the refiner that counts from the sentence's day (dateRefiners' dayAfterClause). */
export const DAYS_FROM_CLAUSE = '(a|one|two|three|four|five|six|\\d)\\s+days?\\s+(after|before)';
const dayAfterClause: DateParser = {
  example: 'The US eased its ban on Friday, a day after Beijing loosened its own limits.',
  screen: /days?\s+(?:after|before)/i,
  pattern: new RegExp(
    `\\b${DAYS_FROM_CLAUSE}\\b(?!\\s+(?:the\\s+)?(?:\\d|${MONTH}|${WEEKDAY}))`,
    'gi',
  ),
  // A stand-in day the refiner replaces (or drops when it has nothing to count from): a null
  // date would drop the phrase before the refiners see it.
  extract: (_m, c) => {
    const base = c.anchor ?? c.published;
    return base === null ? null : shiftDays(base, 0, true);
  },
};

/**
 * "Hours earlier the ministry had announced a ban": hours before the day told last, which
 * may be that day or, for a late-night act, the day before; a span of the two, approximate, so
 * another account's exact day for the act fits it.
 */
const hoursShift: DateParser = {
  example: 'The sanctions came on Friday; hours earlier the ministry had announced a ban.',
  screen: /hours\s+(?:earlier|later)/i,
  pattern: /\bhours\s+(earlier|later)\b(?!\s+than)/gi,
  extract(m, c) {
    const base = c.anchor ?? c.published;
    if (base === null) return null;
    const earlier = /earlier/i.test(m[1] ?? '');
    const other = shiftDays(base, earlier ? -1 : 1, true).start ?? base;
    const [start, end] = earlier ? [other, base] : [base, other];
    return { start, end, precision: 'day', approximate: true };
  },
};

/**
 * "This week the negotiators came out with a framework" in Thursday's paper: the days of the
 * week so far (Monday to the publication day), or what is left of it for a plan, not the
 * publication day, so the framework told "on Tuesday" in the next sentence is the same one.
 */
function thisWeek(published: string, tense: Tense): EventDate {
  const sinceMonday = (new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7;
  const [from, to] = tense === 'future' ? [0, 6 - sinceMonday] : [-sinceMonday, 0];
  const start = shiftDays(published, from, true).start ?? published;
  const end = shiftDays(published, to, true).start ?? published;
  return start === end
    ? { start, precision: 'day', approximate: true }
    : { start, end, precision: 'day', approximate: true };
}

/**
 * "last week's meeting" in Wednesday's paper: Monday to Sunday of the week before, not the day
 * seven days back, so the meeting another paper dates to that Thursday is the same one.
 */
function calendarWeek(published: string, shift: number): EventDate {
  const sinceMonday = (new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7;
  const start = shiftDays(published, shift - sinceMonday, true).start ?? published;
  const end = shiftDays(published, shift - sinceMonday + 6, true).start ?? published;
  return { start, end, precision: 'day', approximate: true };
}

/**
 * "Officials signalled last week that they would …" in a Sunday paper: the working week just ending
 * (a Sunday paper looks back on the week it closes), not the one before it.
 */
function lastWeekShift(published: string): number {
  return new Date(`${published}T00:00:00Z`).getUTCDay() === 0 ? 0 : -7;
}

const relativeWeek: DateParser = {
  example: 'Officials met last week in Geneva.',
  screen: /week/i,
  // "in the last week of August" is a week of that month, not the week before the telling.
  pattern: /\b(last|next|this|past)\s+week\b(?!\s+of\b)/gi,
  extract(m, c) {
    if (c.published === null) return null;
    const which = (m[1] ?? '').toLowerCase();
    if (which === 'this') return thisWeek(c.published, dateTense(c.sentence, m.index));
    if (which === 'past') return shiftDays(c.published, -7, true);
    return calendarWeek(c.published, which === 'next' ? 7 : lastWeekShift(c.published));
  },
};

export const CALENDAR_PARSERS: readonly DateParser[] = [
  monthDayRange,
  dayMonthRange,
  weekdayRange,
  partOfMonth,
  weekOfMonth,
  monthOfRelativeYear,
  monthOfThatYear,
  season,
  relativePeriod,
  fiscalYear,
  spokenYearDate,
  yearAfterPreposition,
  anchoredShift,
  sameDayAsAnchor,
  thatWasWhen,
  monthDay,
  dayMonth,
  monthOrdinalDay,
  ordinalDayOfMonth,
  monthYear,
  monthAlone,
  holiday,
  weekdayOfWeek,
  weekdayAlone,
  weekend,
  casualDay,
  clockTime,
  ago,
  bareDaysShift,
  dayAfterClause,
  hoursShift,
  relativeWeek,
  relativeYear,
  yearsLater,
];

/** Run after chrono's numeric dates, so that "2025-05-12" is never read as a bare year. */
export const YEAR_PARSERS: readonly DateParser[] = [yearRangeStart, yearRangeEnd, bareYear];

/** The parsers that count from a date told before ("two days later", "days earlier"). */
export const SHIFT_PARSERS: readonly DateParser[] = [anchoredShift, bareDaysShift];
