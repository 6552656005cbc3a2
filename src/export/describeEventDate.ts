import type { EventDate } from '../data/eventSchema.ts';
import { monthName as nameOfMonth } from '../data/monthName.ts';

/**
 * A human date label for exports and link previews: "12 May 2025", "May 2025", "2025",
 * "12 May 2025 – June 2025", with "around " when the source was vague. Written out in English
 * instead of `toLocaleDateString` so build output does not depend on the machine's locale or ICU.
 */
export function describeEventDate(date: EventDate): string {
  if (date.start === null) return 'Date unknown';
  const start = describePartialDate(date.start);
  const label =
    date.end === undefined || date.end === date.start
      ? start
      : `${start} – ${describePartialDate(date.end)}`;
  return date.approximate ? `around ${label}` : label;
}

/** "2025" → "2025", "2025-05" → "May 2025", "2025-05-12" → "12 May 2025". */
export function describePartialDate(value: string): string {
  const [year = value, month, day] = value.split('-');
  const monthName = month === undefined ? '' : nameOfMonth(Number(month));
  if (monthName === '') return year;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
