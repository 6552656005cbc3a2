import type { TimelineEvent } from '../data/eventSchema.ts';
import type { VisibleWindow } from './timelineStore.ts';

/*
 * Plain string comparisons on ISO dates, so marking 100,000 rows parses nothing. A partial date
 * compares as its period: "2019-06" starts on or before "2019-06-15" ("2019-06" < "2019-06-15")
 * and ends on or after it (cut to its own length, "2019-06-15" is "2019-06").
 */

function endsOnOrAfter(last: string, day: string): boolean {
  return last >= (last.length < day.length ? day.slice(0, last.length) : day);
}

function firstDay(start: string): string {
  return start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
}

/**
 * Whether any day of the event lies in the window: a year-precision "2019" is in a window on
 * the summer of 2019, as the timeline draws it as a bar across that window. Undated events never are.
 */
export function eventInWindow(event: TimelineEvent, window: VisibleWindow): boolean {
  const { start, end, precision } = event.date;
  if (start === null || precision === 'unknown') return false;
  return start <= window.to && endsOnOrAfter(end ?? start, window.from);
}

/** Whether the event begins inside the window (not merely overlaps it from before). */
export function eventStartsInWindow(event: TimelineEvent, window: VisibleWindow): boolean {
  const { start, precision } = event.date;
  if (start === null || precision === 'unknown') return false;
  const first = firstDay(start);
  return first >= window.from && first <= window.to;
}
