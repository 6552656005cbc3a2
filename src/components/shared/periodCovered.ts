import type { TimelineEvent } from '../../data/eventSchema.ts';
import { formatDateRange } from './formatEventDate.ts';

/** "March 2015 – December 2025" (or "2015 – 2025"): the earliest to the latest dated event. */
export function periodCovered(events: readonly TimelineEvent[]): string | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const ev of events) {
    const start = ev.date.start;
    if (start === null) continue;
    const last = ev.date.end ?? start;
    if (min === null || start < min) min = start;
    if (max === null || last > max) max = last;
  }
  if (min === null || max === null) return null;
  // Months only when both ends know theirs: "2015 – December 2025" reads as lopsided.
  const withMonths = min.length >= 7 && max.length >= 7;
  return withMonths
    ? formatDateRange({ start: min.slice(0, 7), end: max.slice(0, 7) })
    : formatDateRange({ start: min.slice(0, 4), end: max.slice(0, 4) });
}
