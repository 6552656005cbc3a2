import type { EventDate } from '../data/eventSchema.ts';
import { isoDay } from './dates/calendarMath.ts';
import { MONTH, monthNumber } from './dates/calendarWords.ts';

/**
 * "▸ MON 13 JUL", "WED 15 JUL", "THU 16 – FRI 17 JUL", "• Tues 4 Aug": a digest or a week in
 * review heads each day's items with the day alone, abbreviated and often in capitals, after a
 * bullet or an arrow. The items under it, to the next heading, happened that day. A tracker
 * gives the weekday after it: "5 May (Thursday)".
 */
const DAY_ABBREVIATION = '(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*\\.?,?';
const DAY_HEADING = new RegExp(
  `^[\\s▸►▶•·*#>–—-]*(?:${DAY_ABBREVIATION}\\s+)?(\\d{1,2})(?:\\s*[–-]\\s*(?:${DAY_ABBREVIATION}\\s+)?\\d{1,2})?\\s+${MONTH}(?:\\s*\\(${DAY_ABBREVIATION}\\))?\\s*[.:]?\\s*$`,
  'i',
);

/** Whether the line is only a day, as a digest heads a day's items. */
export function isDayHeading(line: string): boolean {
  return DAY_HEADING.test(line);
}

/** A heading day this far after the day of writing is last year's ("MON 28 DEC" in January). */
const NEXT_YEAR_DAYS = 45;

/**
 * The day such a heading names (the first day of a range), on or before the day of writing;
 * null for any other line, without a date of writing, or for a day still ahead, which heads
 * plans ("▸ MON 20 JUL" in a week-ahead list).
 */
export function dayHeadingDate(line: string, published: string | null): EventDate | null {
  const m = DAY_HEADING.exec(line);
  if (m === null || published === null || published.length < 10) return null;
  const day = Number(m[1]);
  const month = monthNumber(m[2]);
  if (month === 0 || day < 1 || day > 31) return null;
  const written = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  let year = Number(published.slice(0, 4));
  if (Date.UTC(year, month - 1, day) - written > NEXT_YEAR_DAYS * 86_400_000) year--;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getTime() > written) return null;
  return { start: isoDay(date), precision: 'day', approximate: false };
}
