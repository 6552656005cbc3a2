import type { EventDate } from '../data/eventSchema.ts';
import { isCounterfactualAt } from './clauseTense.ts';
import { hasFourDigitYears } from './dates/calendarMath.ts';
import { chronoNumericDates, NUMERIC_DATE } from './dates/chronoNumericDates.ts';
import type { DateParser, FoundDate, ParseContext } from './dates/dateParser.ts';
import { CALENDAR_PARSERS, YEAR_PARSERS } from './dates/dateParsers.ts';
import { DATE_REFINERS } from './dates/dateRefiners.ts';
import { execAll } from './execAll.ts';
import { patternScreen } from './patternScreen.ts';
import type { DateMention } from './pipelineTypes.ts';

export interface DateContext {
  /** Publication date "YYYY-MM-DD", or null when the article has none. */
  published: string | null;
  /** The last day-precise date told before this sentence, for "two days later". */
  anchor: string | null;
}

/** Cheap test that lets most sentences skip the date parsers entirely. */
const MAY_HAVE_DATE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|later|earlier|tonight|tomorrow|morning|afternoon|evening|next|following|previous|nineteen|thousand|hours|minutes|christmas|thanksgiving|^(?:that['’]s|that\s+is|that\s+was|this\s+was|it\s+was)\s+when\b/i;

/**
 * Every date expression in one sentence, resolved in UTC with honest precision: a day only
 * when the text gives a day, a month for "in April", a year for "later this year". The year
 * of "in April" follows the tense of its clause: past for what happened, future for plans.
 * The configuration, like chrono's: our calendar parsers, chrono's numeric formats, the
 * year parsers, then the refiners that say what each date is for (`role`).
 */
export function extractDates(sentence: string, context: DateContext): DateMention[] {
  if (!MAY_HAVE_DATE.test(sentence)) return [];
  const parse: ParseContext = { sentence, published: context.published, anchor: context.anchor };
  const found: FoundDate[] = [];
  const screened = new Map<RegExp, boolean>();
  const may = parsersIn(sentence);
  runParsers(CALENDAR_PARSERS, 0, may, parse, found, screened);
  if (NUMERIC_DATE.test(sentence)) {
    for (const f of chronoNumericDates(sentence, context.published)) addFound(found, f);
  }
  runParsers(YEAR_PARSERS, CALENDAR_PARSERS.length, may, parse, found, screened);

  let refined = found
    .filter((f): f is FoundDate & { date: EventDate } => hasFourDigitYears(f.date))
    .sort((a, b) => a.start - b.start);
  for (const refine of DATE_REFINERS) refined = refine(refined, parse) as typeof refined;
  return refined.map((f) => {
    const mention: DateMention = {
      start: f.start,
      end: f.end,
      text: sentence.slice(f.start, f.end),
      date: f.approximate ? { ...f.date, approximate: true } : f.date,
      counterfactual: isCounterfactualAt(sentence, f.start),
    };
    if (f.role !== undefined) mention.role = f.role;
    return mention;
  });
}

/**
 * Which parsers' patterns the sentence has the words for ("ago", "weekend", "fiscal"), found in
 * one pass (patternScreen): a pattern without them has no match, and is not run.
 */
const parsersIn = patternScreen([...CALENDAR_PARSERS, ...YEAR_PARSERS].map((p) => p.pattern));

function runParsers(
  parsers: readonly DateParser[],
  first: number,
  may: (pattern: number) => boolean,
  context: ParseContext,
  found: FoundDate[],
  screened: Map<RegExp, boolean>,
) {
  // A plain loop, no closures per call: this runs for most sentences of every article.
  for (let i = 0; i < parsers.length; i++) {
    const parser = parsers[i];
    if (parser === undefined || !may(first + i)) continue;
    // Parsers share screens ("has a month name"): each is tested once per sentence.
    let pass = screened.get(parser.screen);
    if (pass === undefined) {
      pass = parser.screen.test(context.sentence);
      screened.set(parser.screen, pass);
    }
    if (!pass) continue;
    for (const m of execAll(parser.pattern, context.sentence)) {
      const date = parser.extract(m, context);
      if (date === undefined) continue;
      const start = parser.startOf ? parser.startOf(m) : m.index;
      addFound(found, { start, end: m.index + m[0].length, date });
    }
  }
}

/** Records a date expression unless an earlier (more specific) rule already took its words. */
function addFound(found: FoundDate[], candidate: FoundDate): void {
  for (const f of found) if (candidate.start < f.end && candidate.end > f.start) return;
  found.push(candidate);
}
