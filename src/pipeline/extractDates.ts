import type { EventDate } from '../data/eventSchema.ts';
import { isCounterfactualAt } from './clauseTense.ts';
import { hasFourDigitYears, yearDate } from './dates/calendarMath.ts';
import { chronoNumericDates, NUMERIC_DATE } from './dates/chronoNumericDates.ts';
import type { DateParser, FoundDate, ParseContext } from './dates/dateParser.ts';
import { CALENDAR_PARSERS, SHIFT_PARSERS, YEAR_PARSERS } from './dates/dateParsers.ts';
import { DATE_REFINERS } from './dates/dateRefiners.ts';
import { dateTense } from './dates/dateTense.ts';
import { patternMarks } from './patternScreen.ts';
import type { DateMention } from './pipelineTypes.ts';

export interface DateContext {
  /** Publication date "YYYY-MM-DD", or null when the article has none. */
  published: string | null;
  /** The last day-precise date told before this sentence, for "two days later". */
  anchor: string | null;
  /** The year last written out before this sentence (see lastWrittenYear). */
  yearTold?: number | null;
  /** The month of the last date told before this sentence, a day or a month (see ParseContext). */
  toldMonth?: string | null;
  /**
   * The year of the last day or month the sentence before told, in the same paragraph: "Xi
   * invited him to Beijing in April. The premier will come on a state visit later in the year."
   */
  yearBefore?: number | null;
  /** The year of the chronology heading the sentence is under (see ParseContext). */
  yearHeading?: number | null;
}

/**
 * Cheap test that lets most sentences skip the date parsers entirely: a digit or one of these
 * words. Plain words only, so the one pass that screens the parsers' patterns (`screen` below)
 * answers it exactly; the regex itself is never run. "when" lets "That's when…" reach its parser.
 */
const DIGIT = '0|1|2|3|4|5|6|7|8|9';
const MAY_HAVE_DATE = new RegExp(
  `${DIGIT}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|later|earlier|tonight|tomorrow|overnight|morning|afternoon|evening|when|next|following|previous|nineteen|thousand|hours|minutes|christmas|thanksgiving|spring|summer|autumn|fall|winter`,
  'i',
);

/**
 * Every date expression in one sentence, resolved in UTC with honest precision: a day only
 * when the text gives a day, a month for "in April", a year for "later this year". The year
 * of "in April" follows the tense of its clause: past for what happened, future for plans.
 * The configuration, like chrono's: our calendar parsers, chrono's numeric formats, the
 * year parsers, then the refiners that say what each date is for (`role`).
 */
export function extractDates(told: string, context: DateContext): DateMention[] {
  const sentence = titleCaseMonths(told);
  markScreened(sentence, screened, ++screenings);
  if (!may(MAY_HAVE_DATE_INDEX)) return [];
  const parse: ParseContext = {
    sentence,
    published: context.published,
    anchor: context.anchor,
    yearTold: context.yearTold ?? null,
    toldMonth: context.toldMonth ?? null,
    yearHeading: context.yearHeading ?? null,
  };
  const found: FoundDate[] = [];
  const round = ++screenRound;
  runParsers(CALENDAR_PARSERS, 0, may, parse, found, round);
  if (may(DIGIT_INDEX) && NUMERIC_DATE.test(sentence)) {
    for (const f of chronoNumericDates(sentence, context.published)) addFound(found, f);
  }
  runParsers(YEAR_PARSERS, CALENDAR_PARSERS.length, may, parse, found, round);
  // Most sentences that pass the screen have no date ("may", "market", "$5 billion").
  if (found.length === 0) return [];

  let refined = found
    .filter((f): f is FoundDate & { date: EventDate } => hasFourDigitYears(f.date))
    .sort((a, b) => a.start - b.start);
  chainShifts(refined, parse, context.yearBefore ?? null);
  for (const refine of DATE_REFINERS) refined = refine(refined, parse) as typeof refined;
  return refined.map((f) => {
    const mention: DateMention = {
      start: f.start,
      end: f.end,
      text: told.slice(f.start, f.end),
      date: f.approximate ? { ...f.date, approximate: true } : f.date,
      counterfactual: isCounterfactualAt(sentence, f.start),
    };
    if (f.role !== undefined) mention.role = f.role;
    return mention;
  });
}

/**
 * "A month earlier it targeted the party chief, and Beijing answered days later": a shift told
 * right after another date of the sentence counts from that date, not from the one before the
 * sentence.
 */
function chainShifts(
  found: (FoundDate & { date: EventDate })[],
  context: ParseContext,
  yearBefore: number | null,
): void {
  // The year the sentence told last as when ("in 2018", "that year"), for its later months.
  let sentenceYear: string | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (f === undefined) continue;
    const text = context.sentence.slice(f.start, f.end);
    const told = i > 0 ? found[i - 1]?.date : undefined;
    const start = told?.precision === 'day' || told?.precision === 'month' ? told.start : null;
    // "to travel there in April, and to host a state visit later in the year": the year is the
    // one just told, in this sentence or the one before, not the one of writing ("later this
    // year" keeps the year of writing).
    const year = start != null ? Number(start.slice(0, 4)) : i === 0 ? yearBefore : null;
    if (year !== null && IN_THE_YEAR.test(text)) {
      const date = yearDate(year, true);
      if (date !== null) found[i] = { ...f, date };
      continue;
    }
    // "That year the administration began the tariff war, slapping duties on … in July": a day
    // or a month with no year of its own, after the sentence told its year, is in that year.
    if (
      sentenceYear !== null &&
      (f.date.precision === 'month' || f.date.precision === 'day') &&
      !/\d{4}/.test(text) &&
      CALENDAR_MONTH.test(text) &&
      f.date.start?.slice(0, 4) !== sentenceYear &&
      !COUNTED_MONTH_BEFORE.test(context.sentence.slice(Math.max(0, f.start - 8), f.start)) &&
      dateTense(context.sentence, f.start) !== 'future'
    ) {
      const date = { ...f.date, start: sentenceYear + (f.date.start ?? '').slice(4) };
      if (f.date.end != null) date.end = sentenceYear + f.date.end.slice(4);
      found[i] = { ...f, date };
      continue;
    }
    if (f.date.start != null && /\d{4}|year/i.test(text)) {
      sentenceYear =
        f.date.precision === 'year' &&
        YEAR_TOLD.test(text) &&
        !BOUND_YEAR_BEFORE.test(context.sentence.slice(Math.max(0, f.start - 9), f.start))
          ? f.date.start.slice(0, 4)
          : null;
    }
    if (told === undefined || start == null) continue;
    for (const shift of SHIFT_PARSERS) {
      shift.pattern.lastIndex = 0;
      const m = shift.pattern.exec(text);
      if (m === null || m.index !== 0 || m[0].length !== text.length) continue;
      // "Earlier in December the US added 140 firms, and Beijing answered a day later": after a
      // month told in the sentence, a day counted from it is known only to that month.
      const date = shift.extract(m, {
        ...context,
        anchor: told.precision === 'day' ? start : null,
        toldMonth: start.slice(0, 7),
      });
      if (date != null && hasFourDigitYears(date)) found[i] = { ...f, date };
      break;
    }
  }
}

const IN_THE_YEAR = /^(?:later|earlier)\s+in\s+the\s+year$/i;
/** A month named as on a calendar ("in July", "on July 30"), not counted ("last July"). */
const CALENDAR_MONTH =
  /^(?:(?:in|on|early|late|mid|during)[\s-]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/i;
/** A month counted from now ("last July") or a bound ("through Sept. 29"), not a calendar one. */
const COUNTED_MONTH_BEFORE =
  /\b(?:last|next|this|coming|past|through|until|till|by|from|since|to)\s+$/i;
/** A year that bounds a span ("since 2006", "by 2025", "between 2019 and …"), not when. */
const BOUND_YEAR_BEFORE =
  /\b(?:since|until|till|by|from|through|before|after|to|between|and|or)\s+$/i;
/** A year told as when something was done: "in 2018", "2018", "that year". */
const YEAR_TOLD = /^(?:(?:in|during)\s+)?(?:\d{4}|that\s+(?:same\s+)?year)$/i;

const PARSERS: readonly DateParser[] = [...CALENDAR_PARSERS, ...YEAR_PARSERS];
const MAY_HAVE_DATE_INDEX = PARSERS.length;
const DIGIT_INDEX = PARSERS.length + 1;

/**
 * Parsers share screens ("has a month name"): each is tested once per sentence, its answer
 * kept under the sentence's round number (a Map per sentence cost more than the tests).
 */
const SCREENS: readonly RegExp[] = [...new Set(PARSERS.map((p) => p.screen))];
const SCREEN_OF: readonly number[] = PARSERS.map((p) => SCREENS.indexOf(p.screen));
const FIRST_SCREEN_INDEX = PARSERS.length + 2;
/**
 * A screen that is only words (`/year|month/i`) matches exactly when the screening pass finds
 * one of them, and is never run itself.
 */
const SCREEN_IS_WORDS: readonly boolean[] = SCREENS.map(
  (s) => /^[a-z]+(?:\|[a-z]+)*$/.test(s.source) && s.flags.includes('i') && !/[uv]/.test(s.flags),
);
const screenTested = new Float64Array(SCREENS.length);
const screenPassed = new Uint8Array(SCREENS.length);
let screenRound = 0;

/**
 * Which parsers' patterns and screens the sentence has the words for ("ago", "weekend",
 * "fiscal"), and whether it has a digit or a word of MAY_HAVE_DATE, found in one pass
 * (patternMarks): a pattern without them has no match, and is not run. All are marked at once,
 * from the few words the sentence holds: nearly every parser is asked about, and asked one by
 * one, each looked for its words among all it might need.
 */
const markScreened = patternMarks(
  [...PARSERS.map((p) => p.pattern), MAY_HAVE_DATE, new RegExp(DIGIT), ...SCREENS],
  { shared: true },
);
const screened = new Float64Array(PARSERS.length + 2 + SCREENS.length);
let screenings = 0;

/** Whether the sentence screened last may match pattern p of the screen. */
function may(pattern: number): boolean {
  return screened[pattern] === screenings;
}

function screenPasses(
  parser: number,
  sentence: string,
  may: (pattern: number) => boolean,
  round: number,
): boolean {
  const id = SCREEN_OF[parser] ?? -1;
  const test = SCREENS[id];
  if (test === undefined) return true;
  if (screenTested[id] !== round) {
    screenTested[id] = round;
    const words = may(FIRST_SCREEN_INDEX + id);
    screenPassed[id] = words && (SCREEN_IS_WORDS[id] === true || test.test(sentence)) ? 1 : 0;
  }
  return screenPassed[id] === 1;
}

function runParsers(
  parsers: readonly DateParser[],
  first: number,
  may: (pattern: number) => boolean,
  context: ParseContext,
  found: FoundDate[],
  round: number,
) {
  // A plain loop, no closures per call: this runs for most sentences of every article.
  for (let i = 0; i < parsers.length; i++) {
    const parser = parsers[i];
    if (parser === undefined || !may(first + i)) continue;
    if (parser.needsDigit && !may(DIGIT_INDEX)) continue;
    if (!screenPasses(first + i, context.sentence, may, round)) continue;
    // execAll without its array: no extract step reads the parser's own pattern.
    const pattern = parser.pattern;
    const sentence = context.sentence;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const end = m.index + m[0].length;
      if (m[0].length === 0) pattern.lastIndex++;
      const date = parser.extract(m, context);
      if (date === undefined) continue;
      const start = parser.startOf ? parser.startOf(m) : m.index;
      addFound(found, { start, end, date });
    }
  }
}

/** Records a date expression unless an earlier (more specific) rule already took its words. */
function addFound(found: FoundDate[], candidate: FoundDate): void {
  for (const f of found) if (candidate.start < f.end && candidate.end > f.start) return;
  found.push(candidate);
}

/**
 * "* DEC 10 - Treasury names the firm", "JAN 3, 2025 - ...": a factbox's capital month before a
 * day is the month the parsers know in title case; same length, so every offset stays.
 */
const CAPITAL_MONTH =
  /\b(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)(?=\.?\s+\d{1,2}\b)/g;
function titleCaseMonths(sentence: string): string {
  if (!/[A-Z]{3}/.test(sentence)) return sentence;
  return sentence.replace(CAPITAL_MONTH, (m) => m.charAt(0) + m.slice(1).toLowerCase());
}
