import type { EventDate, EventStatus } from '../../data/eventSchema.ts';
import { monthName } from '../../data/monthName.ts';

interface Parts {
  year: string;
  month?: number;
  day?: number;
}

function partsOf(value: string): Parts {
  const [year = '', month, day] = value.split('-');
  return {
    year,
    ...(month !== undefined ? { month: Number(month) } : {}),
    ...(day !== undefined ? { day: Number(day) } : {}),
  };
}

function formatParts(p: Parts): string {
  if (p.month === undefined) return p.year;
  if (p.day === undefined) return `${monthName(p.month)} ${p.year}`;
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

/** "4 February 2026", "April 2026", "2026", "4–5 February 2026", "Date unknown". */
export function formatDateRange(date: Pick<EventDate, 'start' | 'end'>): string {
  if (date.start === null) return 'Date unknown';
  const a = partsOf(date.start);
  if (date.end === undefined || date.end === date.start) return formatParts(a);
  const b = partsOf(date.end);
  // Share the trailing parts a reader would otherwise read twice: "4–5 February 2026".
  if (a.year === b.year && a.day !== undefined && b.day !== undefined && a.month === b.month) {
    return `${a.day}–${formatParts(b)}`;
  }
  if (a.year === b.year && a.month !== undefined && b.month !== undefined) {
    const head = a.day === undefined ? monthName(a.month) : `${a.day} ${monthName(a.month)}`;
    return `${head} – ${formatParts(b)}`;
  }
  return `${formatParts(a)} – ${formatParts(b)}`;
}

/**
 * The date as the panel writes it, with what is uncertain or still to come spelled out:
 * "4 February 2026", "April 2026 · planned", "2026 · approximate".
 */
export function formatEventDate(date: EventDate, status: EventStatus): string {
  const parts = [formatDateRange(date)];
  if (date.approximate) parts.push('approximate');
  if (status !== 'occurred') parts.push(status);
  return parts.join(' · ');
}

/** "15 January 2026" for an article's publication day. */
export function formatDay(iso: string): string {
  return formatParts(partsOf(iso));
}
