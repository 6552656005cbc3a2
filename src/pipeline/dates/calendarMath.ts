import type { EventDate } from '../../data/eventSchema.ts';
import type { Tense } from '../clauseTense.ts';

/** Day, month and year arithmetic in UTC for the date parsers; pure, no locale. */

export function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** A real calendar day, or null for "February 30" and the like. */
export function calendarDay(year: number, month: number, d: number): EventDate | null {
  if (!Number.isFinite(year)) return null;
  const start = isoDay(new Date(Date.UTC(year, month - 1, d)));
  return Number(start.slice(5, 7)) === month && Number(start.slice(8, 10)) === d
    ? { start, precision: 'day', approximate: false }
    : null;
}

export function shiftDays(ref: string, days: number, approximate: boolean): EventDate {
  const d = new Date(`${ref}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { start: isoDay(d), precision: 'day', approximate };
}

export function dayRange(year: number, month: number, d1: number, d2: number): EventDate | null {
  if (!Number.isFinite(year)) return null;
  const start = isoDay(new Date(Date.UTC(year, month - 1, d1)));
  const end = isoDay(new Date(Date.UTC(year, month - 1, d2)));
  if (Number(start.slice(5, 7)) !== month || Number(end.slice(5, 7)) !== month) return null;
  return { start, end, precision: 'day', approximate: false };
}

export function monthDate(year: number, month: number, approximate: boolean): EventDate | null {
  if (!Number.isFinite(year) || month < 1 || month > 12) return null;
  return { start: `${year}-${String(month).padStart(2, '0')}`, precision: 'month', approximate };
}

/** The month `shift` months from the month of `ref`. */
export function shiftMonths(ref: string, shift: number, approximate: boolean): EventDate | null {
  const total = yearOf(ref) * 12 + Number(ref.slice(5, 7)) - 1 + shift;
  return monthDate(Math.floor(total / 12), (total % 12) + 1, approximate);
}

export function yearDate(year: number, approximate: boolean): EventDate | null {
  if (!Number.isFinite(year)) return null;
  return { start: String(year), precision: 'year', approximate };
}

/**
 * The year of a date written without one. Plans look forward from the publication date, past
 * events look back, and with no tense cue the nearest candidate wins.
 */
export function inferYear(month: number, day: number, ref: string | null, tense: Tense): number {
  if (ref === null) return NaN;
  const refYear = yearOf(ref);
  const refKey = Number(ref.slice(5, 7)) * 100 + Number(ref.slice(8, 10));
  const key = month * 100 + day;
  const sameMonth = Number(ref.slice(5, 7)) === month;
  if (tense === 'future') return key < refKey && !sameMonth ? refYear + 1 : refYear;
  if (tense === 'past') return key > refKey && !sameMonth ? refYear - 1 : refYear;
  const refTime = Date.parse(`${ref}T00:00:00Z`);
  let best = refYear;
  let bestDistance = Infinity;
  for (const y of [refYear - 1, refYear, refYear + 1]) {
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

/**
 * The day a weekday name points at, seen from `ref`. In the past tense the same weekday is
 * `ref` itself ("confirmed on Tuesday" in Tuesday's paper) unless `skipToday` ("last Tuesday").
 */
export function weekdayDate(
  ref: string,
  weekday: number,
  tense: Tense,
  skipToday = false,
): EventDate {
  const base = new Date(`${ref}T00:00:00Z`);
  const diff = (weekday - base.getUTCDay() + 7) % 7;
  let offset: number;
  if (tense === 'future') offset = diff === 0 && skipToday ? 7 : diff;
  else offset = diff === 0 ? (skipToday ? -7 : 0) : diff - 7;
  base.setUTCDate(base.getUTCDate() + offset);
  return { start: isoDay(base), precision: 'day', approximate: false };
}

/** The n-th (1-based) weekday of a month, or the last one for n = -1: Thanksgiving and the like. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    last.setUTCDate(last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
    return isoDay(last);
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  first.setUTCDate(1 + ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
  return isoDay(first);
}

const FOUR_DIGIT_YEAR = /^\d{4}(?:-|$)/;

/**
 * Counting from a dateline in year 1000 or 9999 can leave the four-digit years the schema
 * allows; such a date is as good as unknown (the file must still validate).
 */
export function hasFourDigitYears(date: EventDate | null): date is EventDate {
  return date !== null && fourDigitYear(date.start) && fourDigitYear(date.end);
}

function fourDigitYear(value: string | null | undefined): boolean {
  return value == null || FOUR_DIGIT_YEAR.test(value);
}
