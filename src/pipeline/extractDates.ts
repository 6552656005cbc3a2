import type { EventDate } from '../data/eventSchema.ts';
import { isCounterfactualAt } from './clauseTense.ts';
import { hasFourDigitYears } from './dates/calendarMath.ts';
import { chronoNumericDates, NUMERIC_DATE } from './dates/chronoNumericDates.ts';
import type { DateParser, FoundDate, ParseContext } from './dates/dateParser.ts';
import { CALENDAR_PARSERS, YEAR_PARSERS } from './dates/dateParsers.ts';
import { DATE_REFINERS } from './dates/dateRefiners.ts';
import { patternScreen } from './patternScreen.ts';
import type { DateMention } from './pipelineTypes.ts';

export interface DateContext {
  /** Publication date "YYYY-MM-DD", or null when the article has none. */
  published: string | null;
  /** The last day-precise date told before this sentence, for "two days later". */
  anchor: string | null;
  /** The year last written out before this sentence (see lastWrittenYear). */
  yearTold?: number | null;
}

/**
 * Cheap test that lets most sentences skip the date parsers entirely: a digit or one of these
 * words. Plain words only, so the one pass that screens the parsers' patterns (`screen` below)
 * answers it exactly; the regex itself is never run. "when" lets "That's when…" reach its parser.
 */
const DIGIT = '0|1|2|3|4|5|6|7|8|9';
const MAY_HAVE_DATE = new RegExp(
  `${DIGIT}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|later|earlier|tonight|tomorrow|morning|afternoon|evening|when|next|following|previous|nineteen|thousand|hours|minutes|christmas|thanksgiving|spring|summer|autumn|fall|winter`,
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
  const sentence = chronologyHeadCased(told);
  const may = screen(sentence);
  if (!may(MAY_HAVE_DATE_INDEX)) return [];
  const parse: ParseContext = {
    sentence,
    published: context.published,
    anchor: context.anchor,
    yearTold: context.yearTold ?? null,
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
 * A chronology's line headed by its day in capitals ("DEC 10 - The ministry adds …", "SEPT 18,
 * 2024 - …") is read as "Dec 10", "Sept 18, 2024": the same length, so offsets hold.
 */
const CAPITAL_HEAD =
  /^([\s*•·–—-]*)(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC|JANUARY|FEBRUARY|MARCH|APRIL|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?=\.?\s+\d{1,2}\b)/;
function chronologyHeadCased(sentence: string): string {
  return sentence.replace(
    CAPITAL_HEAD,
    (_, lead: string, month: string) => `${lead}${month.charAt(0)}${month.slice(1).toLowerCase()}`,
  );
}

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
 * (patternScreen): a pattern without them has no match, and is not run.
 */
const screen = patternScreen([
  ...PARSERS.map((p) => p.pattern),
  MAY_HAVE_DATE,
  new RegExp(DIGIT),
  ...SCREENS,
]);

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
