import type { EventDate } from '../data/eventSchema.ts';
import { weekdayDate } from './dates/calendarMath.ts';
import { MONTH, monthNumber, WEEKDAY, weekdayNumber } from './dates/calendarWords.ts';
import { dayHeadingDate } from './dayHeading.ts';
import { extractDates } from './extractDates.ts';
import type { Segment } from './pipelineTypes.ts';

/**
 * "* MARCH 4 - NEW CHIP CURBS" over "The ministry barred sales of lithography tools to three
 * labs.": a chronology heads each entry with its day, and the paragraph under it tells what was
 * done that day without repeating it. Only a heading that opens with the day (after a bullet)
 * and a dash or colon dates the paragraph after it.
 */
const DATED_HEADING = /^[\s*•·–—-]*(?=[A-Za-z0-9])/;
const AFTER_DAY = /^\s*[-–—:|]/;

/** Headings are often in capitals ("JAN. 6"), which the date parsers read only in title case. */
function titleCased(text: string): string {
  return text.replace(/\b[A-Z]{2,}\b/g, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/** The day a dated heading gives the paragraph after it, or null. */
export function headingDay(segment: Segment, published: string | null): EventDate | null {
  const text = segment.text;
  const lead = DATED_HEADING.exec(text)?.[0].length ?? 0;
  const first = extractDates(titleCased(text), { published, anchor: null }).find(
    (d) => d.start === lead,
  );
  if (first === undefined || first.date.precision !== 'day' || first.date.start === null) {
    return null;
  }
  if (!AFTER_DAY.test(text.slice(first.end))) return null;
  // The entries tell what was done: a heading day after publication is a plan's.
  if (published !== null && first.date.start > published) return null;
  return first.date;
}

/**
 * "Saturday" alone on its line, in a live page written on a Monday, over "9:15 p.m." and "The
 * regulator has suspended the two carriers' licences.": a live page heads the updates of each
 * earlier day with the weekday alone (the latest such weekday on or before the day of writing),
 * or with the date alone ("Saturday, March 14", "March 13"), and what it tells under that
 * heading, up to the next one, happened that day.
 */
const WEEKDAY_HEADING = new RegExp(`^\\s*${WEEKDAY}\\s*[.:]?\\s*$`, 'i');
const WEEKDAY_BEFORE = new RegExp(`^\\s*(?:${WEEKDAY}\\s*,?\\s*)?$`, 'i');
// "July 7, 2017 (Friday)", "June 30, 2017 (Friday, Beijing)": a weekday or a place in brackets.
const NOTHING_AFTER = /^[\s.,:]*(?:\([^()]{1,30}\)[\s.,:]*)?$/;
/** Longer than this, a heading says more than its day. */
const DAY_ONLY_LENGTH = 40;

/** The day a heading that is only a day gives the updates under it, to the next heading. */
export function blockHeadingDay(segment: Segment, published: string | null): EventDate | null {
  const digest = dayHeadingDate(segment.text, published);
  if (digest !== null) return digest;
  const name = WEEKDAY_HEADING.exec(segment.text)?.[1];
  if (name !== undefined) {
    const weekday = weekdayNumber(name);
    if (published === null || published.length < 10) return null;
    return weekdayDate(published.slice(0, 10), weekday, 'past');
  }
  const text = segment.text;
  if (text.trim().length > DAY_ONLY_LENGTH) return null;
  // The weekday a bracket adds ("July 7, 2017 (Friday)") restates the day.
  const dates = extractDates(titleCased(text), { published, anchor: null }).filter(
    (d) => text.charAt(d.start - 1) !== '(',
  );
  const only = dates.length === 1 ? dates[0] : undefined;
  if (only === undefined || only.date.precision !== 'day' || only.date.start === null) return null;
  if (
    !WEEKDAY_BEFORE.test(text.slice(0, only.start)) ||
    !NOTHING_AFTER.test(text.slice(only.end))
  ) {
    return null;
  }
  // The updates tell what was done: a day after publication heads a plan.
  return published !== null && only.date.start > published ? null : only.date;
}

/**
 * "OCTOBER 2019" alone on its line over "The two sides sign a currency pact.": a chronology
 * whose entries are known only to the month heads each with the month and year, and what it
 * tells under it, to the next heading, happened in that month.
 */
const MONTH_HEADING = new RegExp(`^[\\s*•·▸►–—-]*${MONTH}\\s+(\\d{4})\\s*[.:]?\\s*$`, 'i');

/** The month a heading that is only a month and year gives the entry under it, or null. */
export function monthHeading(segment: Segment, published: string | null): EventDate | null {
  const m = MONTH_HEADING.exec(segment.text);
  if (m === null) return null;
  const month = monthNumber(m[1]);
  if (month === 0) return null;
  const start = `${m[2]}-${String(month).padStart(2, '0')}`;
  // The entries tell what was done: a month after publication heads a plan.
  if (published !== null && start > published.slice(0, 7)) return null;
  return { start, precision: 'month', approximate: false };
}
