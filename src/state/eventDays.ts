import type { EventDate } from '../data/eventSchema.ts';
import type { VisibleWindow } from './timelineStore.ts';

/** Whole days since 1970-01-01 (UTC), so window arithmetic never meets a daylight-saving hour. */
export interface DayRange {
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dayNumber(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return Math.floor(d.getTime() / DAY_MS);
}

/** The days a partial ISO date covers: "2019" is all of 2019, "2019-06" all of June. */
function partialDays(value: string): DayRange | null {
  const m = PARTIAL.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: dayNumber(year, 0, 1), last: dayNumber(year, 11, 31) };
  const month = Number(m[2]) - 1;
  if (m[3] === undefined) {
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month + 1, 0) };
  }
  const day = dayNumber(year, month, Number(m[3]));
  return { first: day, last: day };
}

/** The days an event covers, from its start to its end (or the end of its start's period). */
export function eventDays(date: EventDate): DayRange | null {
  if (date.start === null || date.precision === 'unknown') return null;
  const start = partialDays(date.start);
  if (start === null) return null;
  const end = date.end === undefined ? null : partialDays(date.end);
  return { first: start.first, last: Math.max(start.last, end?.last ?? 0) };
}

/** The window's days, inclusive at both ends as the store keeps them. */
export function windowDays(window: VisibleWindow): DayRange | null {
  const from = partialDays(window.from);
  const to = partialDays(window.to);
  return from === null || to === null ? null : { first: from.first, last: to.last };
}

/** "2019-06-30" for a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
