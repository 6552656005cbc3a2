import * as chrono from 'chrono-node';
import type { EventDate } from '../data/eventSchema';
import { isCounterfactualAt, tenseAt, type Tense } from './clauseTense';
import { execAll } from './execAll';
import type { DateMention } from './pipelineTypes';

/**
 * chrono's casual English parser without its clock-time parsers and refiners: the pipeline
 * needs calendar dates only, and the time parsers were most of chrono's cost.
 */
const TIME_ONLY = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateTimeRefiner',
]);
const DATE_PARSER = chrono.casual.clone();
DATE_PARSER.parsers = DATE_PARSER.parsers.filter((p) => !TIME_ONLY.has(p.constructor.name));
DATE_PARSER.refiners = DATE_PARSER.refiners.filter((r) => !TIME_ONLY.has(r.constructor.name));

export interface DateContext {
  /** Publication date "YYYY-MM-DD", or null when the article has none. */
  published: string | null;
  /** The last day-precise date told before this sentence, for "two days later". */
  anchor: string | null;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** Cheap test that lets most sentences skip the date parsers entirely. */
const MAY_HAVE_DATE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|week|month|year|later|earlier/i;

const RANGE_MDD = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|and|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
  'gi',
);
const RANGE_DDM = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?`,
  'gi',
);
const PART_OF_MONTH = new RegExp(
  `\\b(early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)[\\s-]+${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);
const MONTH_RELATIVE_YEAR = new RegExp(
  `\\b${MONTH}\\s+(?:of\\s+)?(next|this|last)\\s+year\\b`,
  'gi',
);
const RELATIVE_PERIOD =
  /\b(?:(later|earlier|early|late)\s+|(?:by\s+|at\s+|toward(?:s)?\s+)?(?:the\s+)?(end|beginning|start|middle)\s+of\s+)?(?:(this|next|last|the\s+following|the\s+previous)\s+(year|month)|(the\s+year))\b/gi;
const YEAR_ONLY =
  /\b(?:(early|late|mid|later\s+in|earlier\s+in)[\s-]+|(?:in|during|since|by|of|from|until|throughout|through)\s+(?:(early|late|mid)[\s-]*)?)((?:19|20)\d\d)\b(?![-/]\d|\s*[–-]\s*\d)/gi;
const ANCHORED =
  /\b(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(day|week|month)s?\s+(later|afterwards|earlier|before\s+that|after\s+that)|the\s+(following|next|previous)\s+(day|week|month))\b/gi;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day';
const WEEKDAY_RANGE = new RegExp(
  `\\b(?:on\\s+)?${WEEKDAY}\\s+(?:and|to|through|-|–)\\s+${WEEKDAY}\\b`,
  'gi',
);
const BOUND_BEFORE = /\b(?:until|till|through|by|ahead\s+of|as\s+of)\s+(?:the\s+)?$/i;
const APPROX_BEFORE = /\b(?:around|about|approximately|roughly|circa|as\s+early\s+as)\s+$/i;

interface Found {
  start: number;
  end: number;
  date: EventDate | null;
}

/**
 * Every date expression in one sentence, resolved in UTC with honest precision: a day only
 * when the text gives a day, a month for "in April", a year for "later this year". The year
 * of "in April" follows the tense of its clause: past for what happened, future for plans.
 */
export function extractDates(sentence: string, context: DateContext): DateMention[] {
  if (!MAY_HAVE_DATE.test(sentence)) return [];
  const ref = context.published;
  const found: Found[] = [];
  // No closures made per call (this runs for most sentences): helpers take `found` instead.

  const months = HAS_MONTH.test(sentence);
  const weekdays = HAS_WEEKDAY.test(sentence);
  for (const m of months ? execAll(RANGE_MDD, sentence) : []) {
    const month = monthNumber(m[1]);
    const d1 = Number(m[2]);
    const d2 = Number(m[3]);
    if (d2 <= d1 || d2 > 31) continue;
    const year = m[4] ? Number(m[4]) : inferYear(month, d1, ref, tenseAt(sentence, m.index));
    addFound(found, m.index, m.index + m[0].length, dayRange(year, month, d1, d2));
  }
  for (const m of months ? execAll(RANGE_DDM, sentence) : []) {
    const month = monthNumber(m[3]);
    const d1 = Number(m[1]);
    const d2 = Number(m[2]);
    if (d2 <= d1 || d2 > 31) continue;
    const year = m[4] ? Number(m[4]) : inferYear(month, d1, ref, tenseAt(sentence, m.index));
    addFound(found, m.index, m.index + m[0].length, dayRange(year, month, d1, d2));
  }
  for (const m of weekdays ? execAll(WEEKDAY_RANGE, sentence) : []) {
    if (ref === null) continue;
    const first = WEEKDAYS.findIndex((w) => w.startsWith((m[1] ?? '').toLowerCase()));
    const second = WEEKDAYS.findIndex((w) => w.startsWith((m[2] ?? '').toLowerCase()));
    const last = weekdayDate(ref, second, tenseAt(sentence, m.index));
    if (last.start === null) continue;
    const days = (second - first + 7) % 7;
    const start = new Date(`${last.start}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() - days);
    addFound(found, m.index, m.index + m[0].length, {
      ...last,
      start: isoDay(start),
      end: last.start,
    });
  }
  for (const m of months ? execAll(PART_OF_MONTH, sentence) : []) {
    const month = monthNumber(m[2]);
    const year = m[3] ? Number(m[3]) : inferYear(month, 15, ref, tenseAt(sentence, m.index));
    addFound(found, m.index, m.index + m[0].length, monthDate(year, month, true));
  }
  for (const m of months ? execAll(MONTH_RELATIVE_YEAR, sentence) : []) {
    const refYear = ref ? Number(ref.slice(0, 4)) : null;
    const shift = m[2]?.toLowerCase() === 'next' ? 1 : m[2]?.toLowerCase() === 'last' ? -1 : 0;
    const date = refYear === null ? null : monthDate(refYear + shift, monthNumber(m[1]), false);
    addFound(found, m.index, m.index + m[0].length, date);
  }
  for (const m of HAS_PERIOD.test(sentence) ? execAll(RELATIVE_PERIOD, sentence) : []) {
    addFound(found, m.index, m.index + m[0].length, relativePeriod(m, ref, context.anchor));
  }
  for (const m of HAS_YEAR.test(sentence) ? execAll(YEAR_ONLY, sentence) : []) {
    const approximate = m[1] !== undefined || m[2] !== undefined;
    addFound(found, m.index, m.index + m[0].length, {
      start: m[3] ?? '',
      precision: 'year',
      approximate,
    });
  }
  for (const m of HAS_ANCHORED.test(sentence) ? execAll(ANCHORED, sentence) : []) {
    addFound(found, m.index, m.index + m[0].length, anchored(m, context.anchor));
  }
  addCalendarDates(sentence, ref, found, months, weekdays);
  // chrono handles the numeric formats (ISO, slashes) the patterns above leave alone.
  if (NUMERIC_DATE.test(sentence)) addChronoDates(sentence, ref, found);

  return found
    .filter((f): f is Found & { date: EventDate } => f.date !== null)
    .filter((f) => !BOUND_BEFORE.test(sentence.slice(Math.max(0, f.start - 16), f.start)))
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const approx = APPROX_BEFORE.test(sentence.slice(Math.max(0, f.start - 16), f.start));
      return {
        start: f.start,
        end: f.end,
        text: sentence.slice(f.start, f.end),
        date: approx ? { ...f.date, approximate: true } : f.date,
        counterfactual: isCounterfactualAt(sentence, f.start),
      };
    });
}

/** Screens that let a sentence skip whole families of patterns. */
const HAS_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;
const HAS_WEEKDAY = /day\b/i;
const HAS_PERIOD = /year|month/i;
const HAS_YEAR = /\b(?:19|20)\d\d\b/;
const HAS_ANCHORED = /later|earlier|afterwards|after\s+that|before\s+that|following|next|previous/i;
const HAS_CASUAL = /yesterday|today|tomorrow|\bago\b|week/i;
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;
const WEEKDAY_PREFIX = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const MONTH_DAY = new RegExp(
  `\\b${WEEKDAY_PREFIX}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:\\d])(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const DAY_MONTH = new RegExp(
  `\\b${WEEKDAY_PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'g');
/** A bare month: capitalised, and "May" only after a preposition (it is also a verb). */
const MONTH_ALONE =
  /\b(?:(in|since|during|by|from|until|of|last|this|next|through|early|late|mid|that)[\s-]+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?![\w-])/g;
const WEEKDAY_ALONE =
  /\b(?:(on|last|this|next|this\s+past)\s+)?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/gi;
const CASUAL_DAY = /\b(yesterday|today|tomorrow)\b/gi;
const AGO =
  /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi;
const RELATIVE_WEEK = /\b(last|next|this|past)\s+week\b/gi;

/** Month names, weekdays and casual days, resolved without chrono: the common cases, fast. */
function addCalendarDates(
  sentence: string,
  ref: string | null,
  found: Found[],
  months: boolean,
  weekdays: boolean,
): void {
  for (const m of months ? execAll(MONTH_DAY, sentence) : []) {
    const month = monthNumber(m[1]);
    const d = Number(m[2]);
    const year = m[3] ? Number(m[3]) : inferYear(month, d, ref, tenseAt(sentence, m.index));
    addFound(found, m.index, m.index + m[0].length, calendarDay(year, month, d));
  }
  for (const m of months ? execAll(DAY_MONTH, sentence) : []) {
    const month = monthNumber(m[2]);
    const d = Number(m[1]);
    const year = m[3] ? Number(m[3]) : inferYear(month, d, ref, tenseAt(sentence, m.index));
    addFound(found, m.index, m.index + m[0].length, calendarDay(year, month, d));
  }
  for (const m of months ? execAll(MONTH_YEAR, sentence) : []) {
    addFound(
      found,
      m.index,
      m.index + m[0].length,
      monthDate(Number(m[2]), monthNumber(m[1]), false),
    );
  }
  for (const m of months ? execAll(MONTH_ALONE, sentence) : []) {
    const word = m[2] ?? '';
    if ((word === 'May' || word.endsWith('.')) && m[1] === undefined) continue;
    const month = monthNumber(word);
    const at = m.index + m[0].length - word.length;
    const which = m[1]?.toLowerCase();
    let year = inferYear(
      month,
      15,
      ref,
      which === 'last' ? 'past' : which === 'next' ? 'future' : tenseAt(sentence, at),
    );
    if (which === 'this' && ref !== null) year = Number(ref.slice(0, 4));
    addFound(found, at, m.index + m[0].length, monthDate(year, month, false));
  }
  if (ref === null) return;
  for (const m of weekdays ? execAll(WEEKDAY_ALONE, sentence) : []) {
    const which = m[1]?.toLowerCase();
    const weekday = WEEKDAYS.findIndex((w) => w.startsWith((m[2] ?? '').toLowerCase()));
    const direction: Tense =
      which === 'last' || which === 'this past'
        ? 'past'
        : which === 'next'
          ? 'future'
          : tenseAt(sentence, m.index);
    addFound(found, m.index, m.index + m[0].length, weekdayDate(ref, weekday, direction));
  }
  for (const m of HAS_CASUAL.test(sentence) ? execAll(CASUAL_DAY, sentence) : []) {
    const offset =
      m[1]?.toLowerCase() === 'yesterday' ? -1 : m[1]?.toLowerCase() === 'tomorrow' ? 1 : 0;
    addFound(found, m.index, m.index + m[0].length, shiftDays(ref, offset, false));
  }
  for (const m of HAS_CASUAL.test(sentence) ? execAll(AGO, sentence) : []) {
    const count = NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    const unit = (m[2] ?? 'day').toLowerCase();
    if (unit === 'year')
      addFound(found, m.index, m.index + m[0].length, {
        start: String(Number(ref.slice(0, 4)) - count),
        precision: 'year',
        approximate: false,
      });
    else if (unit === 'month') {
      const total = Number(ref.slice(0, 4)) * 12 + Number(ref.slice(5, 7)) - 1 - count;
      addFound(
        found,
        m.index,
        m.index + m[0].length,
        monthDate(Math.floor(total / 12), (total % 12) + 1, false),
      );
    } else
      addFound(
        found,
        m.index,
        m.index + m[0].length,
        shiftDays(ref, -(unit === 'week' ? 7 : 1) * count, unit === 'week'),
      );
  }
  for (const m of HAS_CASUAL.test(sentence) ? execAll(RELATIVE_WEEK, sentence) : []) {
    const which = (m[1] ?? '').toLowerCase();
    const offset = which === 'next' ? 7 : which === 'this' ? 0 : -7;
    addFound(found, m.index, m.index + m[0].length, shiftDays(ref, offset, true));
  }
}

/** Records a date expression unless an earlier (more specific) pattern already took its span. */
function addFound(found: Found[], start: number, end: number, date: EventDate | null): void {
  for (const f of found) if (start < f.end && end > f.start) return;
  // Counting from a dateline in year 1000 or 9999 can leave the four-digit years the schema
  // allows; such a date is as good as unknown (the file must still validate).
  found.push({ start, end, date: fourDigitYears(date) ? date : null });
}

/** A real calendar day, or null for "February 30" and the like. */
function calendarDay(year: number, month: number, d: number): EventDate | null {
  if (!Number.isFinite(year)) return null;
  const start = isoDay(new Date(Date.UTC(year, month - 1, d)));
  return Number(start.slice(5, 7)) === month && Number(start.slice(8, 10)) === d
    ? { start, precision: 'day', approximate: false }
    : null;
}

function shiftDays(ref: string, days: number, approximate: boolean): EventDate {
  const d = new Date(`${ref}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { start: isoDay(d), precision: 'day', approximate };
}

const CHRONO_WORTHY =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|ago|(?:last|next|this|past)\s+(?:week|month)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/i;
const WEEKDAY_ONLY =
  /^(?:on\s+|last\s+|this\s+|next\s+|this\s+past\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const WEEK_RELATIVE = /week/i;
/** A full date like 13 May, "May 13", "Tuesday, May 13": which parts the writer stated. */
function addChronoDates(sentence: string, ref: string | null, found: Found[]): void {
  const instant = new Date(`${ref ?? '2000-01-01'}T12:00:00Z`);
  for (const r of DATE_PARSER.parse(sentence, { instant, timezone: 0 })) {
    // chrono keeps a trailing comma ("On Sunday,"); offsets must cover the date only.
    const text = r.text.replace(/[\s,.;:]+$/, '');
    if (!CHRONO_WORTHY.test(text) || /^(?:for|within|over)\s/i.test(text)) continue;
    const c = r.start;
    const hasYear = c.isCertain('year');
    const hasMonth = c.isCertain('month');
    const hasDay = c.isCertain('day');
    const start = r.index;
    const end = r.index + text.length;
    const jsDate = c.date();
    const y = jsDate.getUTCFullYear();
    const mo = jsDate.getUTCMonth() + 1;
    const d = jsDate.getUTCDate();
    if (WEEKDAY_ONLY.test(text.trim())) {
      addFound(
        found,
        start,
        end,
        ref === null ? null : weekdayDate(ref, c.get('weekday') ?? 0, tenseAt(sentence, start)),
      );
    } else if (hasDay && hasMonth) {
      if (!hasYear && ref === null) {
        addFound(found, start, end, null);
        continue;
      }
      const year =
        hasYear && /\d{4}|ago|yesterday|today|tomorrow|week|month/i.test(text)
          ? y
          : inferYear(mo, d, ref, tenseAt(sentence, start));
      const approximate = WEEK_RELATIVE.test(text);
      const endDate = r.end ? isoDay(r.end.date()) : undefined;
      const day = isoDay(new Date(Date.UTC(year, mo - 1, d)));
      const date: EventDate = { start: day, precision: 'day', approximate };
      if (endDate !== undefined && endDate > day && endDate.slice(0, 4) === String(year)) {
        date.end = endDate;
      }
      addFound(found, start, end, date);
    } else if (hasMonth) {
      if (!hasYear && ref === null) {
        addFound(found, start, end, null);
        continue;
      }
      const year =
        hasYear && /\d{4}|month/i.test(text) ? y : inferYear(mo, 15, ref, tenseAt(sentence, start));
      addFound(found, start, end, monthDate(year, mo, false));
    }
  }
}

function relativePeriod(
  m: RegExpMatchArray,
  ref: string | null,
  anchor: string | null,
): EventDate | null {
  const modifier = (m[1] ?? m[2] ?? '').toLowerCase();
  const which = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const unit = (m[4] ?? (m[5] ? 'year' : '')).toLowerCase();
  const base = which.startsWith('the ') || m[5] ? (anchor ?? ref) : ref;
  if (base === null) return null;
  // "the year" alone is only a date with a modifier: "by the end of the year".
  if (m[5] && modifier === '') return null;
  const shift =
    which === 'next' || which === 'the following'
      ? 1
      : which === 'last' || which === 'the previous'
        ? -1
        : 0;
  const approximate = modifier !== '';
  const year = Number(base.slice(0, 4));
  const month = Number(base.slice(5, 7));
  if (unit === 'year') return { start: String(year + shift), precision: 'year', approximate };
  const total = year * 12 + (month - 1) + shift;
  return monthDate(Math.floor(total / 12), (total % 12) + 1, approximate);
}

function anchored(m: RegExpMatchArray, anchor: string | null): EventDate | null {
  if (anchor === null) return null;
  const countWord = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const fuzzy = countWord === 'several' || countWord === 'a few';
  const count = m[4] ? 1 : fuzzy ? 3 : (NUMBER_WORDS[countWord] ?? Number(countWord));
  const direction = m[4]
    ? m[4].toLowerCase() === 'previous'
      ? -1
      : 1
    : /earlier|before/i.test(m[3] ?? '')
      ? -1
      : 1;
  const unit = (m[2] ?? m[5] ?? 'day').toLowerCase();
  if (!Number.isFinite(count)) return null;
  const base = new Date(`${anchor}T00:00:00Z`);
  if (unit === 'month') {
    base.setUTCMonth(base.getUTCMonth() + direction * count);
    return monthDate(base.getUTCFullYear(), base.getUTCMonth() + 1, fuzzy);
  }
  const days = unit === 'week' ? 7 * count : count;
  base.setUTCDate(base.getUTCDate() + direction * days);
  // "The following week" starts on its Monday.
  if (m[4] && unit === 'week') base.setUTCDate(base.getUTCDate() - ((base.getUTCDay() + 6) % 7));
  return { start: isoDay(base), precision: 'day', approximate: fuzzy || unit === 'week' };
}

/**
 * The year of a date written without one. Plans look forward from the publication date, past
 * events look back, and with no tense cue the nearest candidate wins.
 */
function inferYear(month: number, day: number, ref: string | null, tense: Tense): number {
  if (ref === null) return NaN;
  const refYear = Number(ref.slice(0, 4));
  const refKey = Number(ref.slice(5, 7)) * 100 + Number(ref.slice(8, 10));
  const key = month * 100 + day;
  if (tense === 'future') return key < refKey && !sameMonth(month, ref) ? refYear + 1 : refYear;
  if (tense === 'past') return key > refKey && !sameMonth(month, ref) ? refYear - 1 : refYear;
  const candidates = [refYear - 1, refYear, refYear + 1];
  const refTime = Date.parse(`${ref}T00:00:00Z`);
  let best = refYear;
  let bestDistance = Infinity;
  for (const y of candidates) {
    const t = Date.UTC(y, month - 1, Math.min(day, 28));
    // Ties go to the past: articles mostly report what already happened.
    const distance = Math.abs(t - refTime) + (t > refTime ? 1 : 0);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

function sameMonth(month: number, ref: string): boolean {
  return Number(ref.slice(5, 7)) === month;
}

function weekdayDate(ref: string, weekday: number, tense: Tense): EventDate {
  const base = new Date(`${ref}T00:00:00Z`);
  const diff = (weekday - base.getUTCDay() + 7) % 7;
  const forward = diff;
  const backward = diff === 0 ? 0 : diff - 7;
  const offset = tense === 'future' ? forward : tense === 'past' ? backward : backward;
  base.setUTCDate(base.getUTCDate() + offset);
  return { start: isoDay(base), precision: 'day', approximate: false };
}

function dayRange(year: number, month: number, d1: number, d2: number): EventDate | null {
  if (!Number.isFinite(year)) return null;
  const start = isoDay(new Date(Date.UTC(year, month - 1, d1)));
  const end = isoDay(new Date(Date.UTC(year, month - 1, d2)));
  if (Number(start.slice(5, 7)) !== month || Number(end.slice(5, 7)) !== month) return null;
  return { start, end, precision: 'day', approximate: false };
}

function monthDate(year: number, month: number, approximate: boolean): EventDate | null {
  if (!Number.isFinite(year) || month < 1 || month > 12) return null;
  return { start: `${year}-${String(month).padStart(2, '0')}`, precision: 'month', approximate };
}

function monthNumber(name: string | undefined): number {
  const prefix = (name ?? '').slice(0, 3).toLowerCase();
  for (let i = 0; i < MONTH_NAMES.length; i++) if (MONTH_NAMES[i]?.startsWith(prefix)) return i + 1;
  return 0;
}

const FOUR_DIGIT_YEAR = /^\d{4}(?:-|$)/;

function fourDigitYears(date: EventDate | null): boolean {
  return date !== null && fourDigitYear(date.start) && fourDigitYear(date.end);
}

function fourDigitYear(value: string | null | undefined): boolean {
  return value == null || FOUR_DIGIT_YEAR.test(value);
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
