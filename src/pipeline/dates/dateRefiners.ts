import type { FoundDate, ParseContext } from './dateParser.ts';
import { shiftDays } from './calendarMath.ts';
import { countOf, weekdayNumber } from './calendarWords.ts';
import { DAYS_FROM_CLAUSE, SAME_DAY } from './dateParsers.ts';

/**
 * Refiners over the dates a sentence's parsers found, in order, shaped like chrono's: each
 * takes the list and returns it refined. They add what the words around a date say about it.
 */
export type DateRefiner = (found: FoundDate[], context: ParseContext) => FoundDate[];

function before(context: ParseContext, f: FoundDate, chars = 24): string {
  return context.sentence.slice(Math.max(0, f.start - chars), f.start);
}

/** "The truce runs until November 10": a limit. The date is kept; the event stage decides. */
const BOUND_BEFORE =
  /\b(?:until|till|through|by|as\s+of|no\s+later\s+than|up\s+to)\s+(?:(?:the|a|an)\s+)?$/i;
/**
 * "Trump set a September 15 deadline for the sale": the day named in a deadline is the limit;
 * the event is the setting of it, dated by the sentence's other date ("On Monday").
 */
const DEADLINE_AFTER = /^\s*(?:deadline|ultimatum)\b/i;
/**
 * "The duty doubles from 25 percent to 50 percent by 2025": after a new level, "by" tells when
 * the level is reached, which is the date of the change, not a limit on another act.
 */
const LEVEL_BEFORE = /\bto\s+[\d.]+\s*(?:percent|per\s+cent|%)\s+by\s+(?:the\s+)?$/i;
/**
 * "Reporters whose press cards run out this year have to turn them in": the date in a "whose"
 * clause is when the thing described lapses, a limit, not the day of the sentence's act.
 */
const LAPSE_IN_WHOSE =
  /\bwhose\s+(?:[\w’'-]+\s+){0,4}?(?:expires?|run\s+out|runs\s+out|lapses?|ends?)\s+(?:(?:before|by|in|on|at|until)\s+)?(?:the\s+(?:end|close|middle)\s+of\s+)?$/i;
/**
 * "The visit was arranged by Monday's phone call": a date in the possessive names the thing after
 * it, and "by" there tells who did it, so the date is that thing's day, not a limit.
 */
const POSSESSIVE_DATE = /['’]s$/;
const markBounds: DateRefiner = (found, context) =>
  found.map((f) =>
    (BOUND_BEFORE.test(before(context, f)) &&
      !LEVEL_BEFORE.test(before(context, f, 40)) &&
      !POSSESSIVE_DATE.test(context.sentence.slice(f.start, f.end))) ||
    DEADLINE_AFTER.test(context.sentence.slice(f.end, f.end + 12)) ||
    LAPSE_IN_WHOSE.test(before(context, f, 64))
      ? { ...f, role: 'bound' }
      : f,
  );

/**
 * "Ties are on firmer ground than a year ago": a time after a comparative is what the present
 * is measured against, when nothing happened. "more than a year ago" and "no later than Friday"
 * are a time and a limit, and stay.
 */
const COMPARED_BEFORE = /\b([a-z]+)["”’')]*\s+than\s+(?:in\s+|on\s+|at\s+)?$/i;
const NOT_COMPARATIVE = /^(?:more|less|fewer|later|earlier|sooner|rather|other)$/i;
/**
 * "Beijing pledged to buy far more soybeans than it did in 2016": a clause after "than" tells
 * the baseline of the comparison, whatever word comes before it ("more than it did" too).
 */
const COMPARED_CLAUSE_BEFORE =
  /\bthan\s+(?:[\w’'.-]+\s+){1,3}?(?:did|does|do|had|has|have|was|were)\s+(?:in\s+|on\s+|at\s+|during\s+)?$/i;
const markComparisons: DateRefiner = (found, context) =>
  found.map((f) => {
    if (f.role !== undefined) return f;
    if (COMPARED_CLAUSE_BEFORE.test(before(context, f, 48))) return { ...f, role: 'comparison' };
    const word = COMPARED_BEFORE.exec(before(context, f, 32))?.[1];
    return word === undefined || NOT_COMPARATIVE.test(word) ? f : { ...f, role: 'comparison' };
  });

/**
 * "their first face-to-face meeting since 2019", "after the May 10 talks", "ahead of the
 * April summit": the date belongs to the phrase it opens, not to the sentence's event.
 */
const BACKGROUND_BEFORE =
  /\b(?:since|after|before|prior\s+to|ahead\s+of|following)\s+(?:(?:the|its|their|his|her|a|an|last|this)\s+)?(?:[\w’'-]+['’]s\s+)?$/i;
/** "the tariffs imposed earlier this year were lifted on Monday": a look back beside the news. */
const LOOK_BACK = /^earlier\s+this\s+(?:year|month)$/i;
/**
 * "duties will rise to 84% from the 34% announced last week, from Thursday": a participle after
 * a noun names which thing ("the 34% announced last week"); its date is that thing's, not the
 * sentence's event, when the sentence tells another date.
 */
const NAMED_BY_PARTICIPLE =
  /\b(?:the|its|their|those|these)\s+(?:[\w%$.’'-]+\s+){0,3}(?:announced|imposed|introduced|unveiled|agreed|reached|signed|adopted|promised|levied|added)\s+(?:on\s+|in\s+)?$/i;
const markBackground: DateRefiner = (found, context) => {
  const telling = found.filter((f) => f.role === undefined && f.date !== null).length;
  return found.map((f) => {
    if (f.role !== undefined) return f;
    if (BACKGROUND_BEFORE.test(before(context, f, 40))) return { ...f, role: 'background' };
    const text = context.sentence.slice(f.start, f.end);
    if (telling > 1 && LOOK_BACK.test(text)) return { ...f, role: 'background' };
    if (telling > 1 && NAMED_BY_PARTICIPLE.test(before(context, f, 48)))
      return { ...f, role: 'background' };
    return f;
  });
};

/** "around May 10", "as early as next week": the writer is not sure of the day. */
const APPROX_BEFORE = /\b(?:around|about|approximately|roughly|circa|as\s+early\s+as)\s+$/i;
const markHedges: DateRefiner = (found, context) =>
  found.map((f) => (APPROX_BEFORE.test(before(context, f, 16)) ? { ...f, approximate: true } : f));

/**
 * "On July 6, 2018, the first tariffs took effect, answered by Beijing the same day": "the same
 * day" is the day the sentence just told, not the day of an earlier sentence (the anchor).
 * "In July 2018, when Washington imposed duties and Beijing answered on the same day": told
 * only to the month, the day is somewhere in that month, which is all the sentence says.
 */
const SAME_DAY_TEXT = new RegExp(`^${SAME_DAY}$`, 'i');
const sameDayInSentence: DateRefiner = (found, context) =>
  found.map((f, i) => {
    if (!SAME_DAY_TEXT.test(context.sentence.slice(f.start, f.end))) return f;
    const earlier = found.slice(0, i).filter((e) => e.role === undefined && e.date !== null);
    const told =
      earlier.findLast((e) => e.date?.precision === 'day') ??
      earlier.findLast((e) => e.date?.precision === 'month');
    return told?.date != null ? { ...f, date: told.date } : f;
  });

/**
 * "The US eased its ban on Friday, a day after Beijing loosened its own limits": the clause the
 * phrase heads is a day before the day the sentence told (Thursday); "two days before the vote"
 * counts the other way. With no day told before it in the sentence it stays undated.
 */
const DAYS_FROM_CLAUSE_TEXT = new RegExp(`^${DAYS_FROM_CLAUSE}$`, 'i');
const CAME_BEFORE =
  /^(?:The|This|That|It|Its)\s+(?:[\w’'-]+\s+){0,3}?(?:came|comes|followed|follows|was\s+announced|was\s+made)\s+$/;
const dayAfterClause: DateRefiner = (found, context) =>
  found.flatMap((f, i) => {
    const m = DAYS_FROM_CLAUSE_TEXT.exec(context.sentence.slice(f.start, f.end));
    if (m === null) return [f];
    const told = found
      .slice(0, i)
      .findLast((e) => e.role === undefined && e.date?.precision === 'day');
    // "The announcement came a day after the department paused interviews": what came is the
    // act told before, on the day told last, so the clause's act is a day before that.
    const came =
      told === undefined &&
      context.anchor !== null &&
      CAME_BEFORE.test(context.sentence.slice(0, f.start));
    const from = came ? context.anchor : told?.date?.start;
    const count = countOf(m[1]);
    // "China retaliated a day after the vote": the vote's day is not told, so neither is this.
    if (from == null || told?.date?.end !== undefined || !Number.isFinite(count)) return [];
    const sign = (m[2] ?? '').toLowerCase() === 'after' ? -1 : 1;
    return [{ ...f, date: shiftDays(from, sign * count, told?.date?.approximate === true) }];
  });

/**
 * "on April 20, 2024, a Saturday", "on March 3 (a Monday)": a weekday set beside a date names
 * that date's day; it is not a second date, and left alone it would resolve to the week of
 * publication and become the anchor of a later "three days later".
 */
const APPOSITIVE_BETWEEN = /^\s*(?:,\s*|\(\s*)(?:a|which\s+was\s+a)\s+$|^\s*\(\s*$/i;
const weekdayBesideDate: DateRefiner = (found, context) =>
  found.map((f, i) => {
    const prior = found[i - 1];
    if (prior?.date?.precision !== 'day') return f;
    if (weekdayNumber(context.sentence.slice(f.start, f.end)) === -1) return f;
    if (!APPOSITIVE_BETWEEN.test(context.sentence.slice(prior.end, f.start))) return f;
    return { ...f, date: prior.date };
  });

/**
 * "Pension funds will have until November 3 next year to divest": a year phrase right after a day tells
 * that day's year, which the tense alone would put in the current one when the day is close.
 */
const YEAR_PHRASE = /^(?:next|this|last)\s+year$/i;
const yearBesideDay: DateRefiner = (found, context) =>
  found.map((f, i) => {
    const next = found[i + 1];
    const start = f.date?.start;
    if (f.date?.precision !== 'day' || start == null || next?.date?.precision !== 'year') return f;
    const year = next.date.start;
    if (year == null || !YEAR_PHRASE.test(context.sentence.slice(next.start, next.end))) return f;
    if (!/^\s+$/.test(context.sentence.slice(f.end, next.start))) return f;
    // A leap day moved to a common year is no day at all.
    if (start.endsWith('-02-29')) return f;
    return { ...f, date: { ...f.date, start: `${year}${start.slice(4)}` } };
  });

/**
 * "raised tariffs under Section 301 of the Trade Act of 1974", "the 1974 Trade Act": a year in a
 * law's or a treaty's name is a date (newswire annotates it) but dates no event of the sentence.
 */
const NAME_BEFORE_OF =
  /\b[A-Z][\w.'’-]*\s+(?:Act|Law|Code|Treaty|Convention|Accords?|Protocol|Charter)\s+of\s+$/;
const NAME_AFTER =
  /^\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:Act|Law|Code|Treaty|Convention|Accords?|Protocol|Charter)\b/;
const YEAR_ONLY = /^(?:19|20)\d\d$/;
const markNames: DateRefiner = (found, context) =>
  found.map((f) =>
    YEAR_ONLY.test(context.sentence.slice(f.start, f.end)) &&
    (NAME_BEFORE_OF.test(before(context, f, 48)) ||
      NAME_AFTER.test(context.sentence.slice(f.end, f.end + 48)))
      ? { ...f, role: 'name' }
      : f,
  );

/**
 * "said on Monday that no officials will attend the 2022 Winter Olympics": the year names the
 * Games, and dates no act of the sentence when the sentence tells another date. Alone ("Bush
 * attended the 2008 Olympics") it is the only date there is, and stays.
 */
const OCCASION_AFTER =
  /^\s+(?:(?:Winter|Summer|Asian|Youth)\s+)?(?:Olympics|Olympic\s+Games|Paralympics|Paralympic\s+Games|Games|World\s+Cup|World\s+Expo|Expo)\b/;
const markOccasionYears: DateRefiner = (found, context) => {
  const telling = found.filter((f) => f.role === undefined && f.date !== null).length;
  if (telling < 2) return found;
  return found.map((f) =>
    f.role === undefined &&
    YEAR_ONLY.test(context.sentence.slice(f.start, f.end)) &&
    OCCASION_AFTER.test(context.sentence.slice(f.end, f.end + 40))
      ? { ...f, role: 'name' }
      : f,
  );
};

export const DATE_REFINERS: readonly DateRefiner[] = [
  markBounds,
  markComparisons,
  markBackground,
  markHedges,
  sameDayInSentence,
  dayAfterClause,
  weekdayBesideDate,
  yearBesideDay,
  markNames,
  markOccasionYears,
];
