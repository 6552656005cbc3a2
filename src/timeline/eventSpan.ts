import type { EventDate } from '../data/eventSchema.ts';

/**
 * Where an event sits on the time axis, in epoch milliseconds of local midnight (vis-timeline
 * draws its axis in local time, so local dates keep a day-precision event on its own day).
 * `end` is exclusive; for a single day it equals `start` and the event is drawn as a point.
 */
export interface EventSpan {
  start: number;
  end: number;
  /** True when the event covers a period (a month, a year, or an explicit end). */
  period: boolean;
  approximate: boolean;
}

export const DAY_MS = 86_400_000;

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

function parsePartial(value: string): PartialDate | null {
  const m = PARTIAL.exec(value);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: m[2] === undefined ? null : Number(m[2]),
    day: m[3] === undefined ? null : Number(m[3]),
  };
}

function localMidnight(year: number, monthIndex: number, day: number): number {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, monthIndex, day);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function startOf(p: PartialDate): number {
  return localMidnight(p.year, (p.month ?? 1) - 1, p.day ?? 1);
}

/** The first instant after the period the partial date names ("2025-04" → 1 May 2025). */
function endOf(p: PartialDate): number {
  if (p.month === null) return localMidnight(p.year + 1, 0, 1);
  if (p.day === null) return localMidnight(p.year, p.month, 1);
  return localMidnight(p.year, p.month - 1, p.day + 1);
}

/** The event's place on the axis, or null when it has no usable date (the list shows those). */
export function eventSpan(date: EventDate): EventSpan | null {
  if (date.precision === 'unknown' || date.start === null) return null;
  const start = parsePartial(date.start);
  if (start === null) return null;
  const startMs = startOf(start);
  const endPartial = date.end === undefined ? null : parsePartial(date.end);
  const singleDay = date.precision === 'day' && (endPartial === null || date.end === date.start);
  if (singleDay) {
    return { start: startMs, end: startMs, period: false, approximate: date.approximate };
  }
  const endMs = Math.max(endOf(endPartial ?? start), endOf(start));
  return { start: startMs, end: endMs, period: true, approximate: date.approximate };
}

/** "YYYY-MM-DD" of the local day containing `ms`. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Local midnight of an ISO day, or null when it is not one. */
export function parseIsoDay(value: string): number | null {
  const p = parsePartial(value);
  if (p === null || p.month === null || p.day === null) return null;
  const ms = startOf(p);
  return isoDay(ms) === value ? ms : null;
}
