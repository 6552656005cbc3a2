import type { TimelineEvent } from '../data/eventSchema';
import { eventDays, type DayRange } from './eventDays';

/**
 * Whether any day of the event lies in the window: a year-precision "2019" is in a window on
 * the summer of 2019, as the timeline draws it as a bar across that window. Undated events never are.
 */
export function eventInWindow(event: TimelineEvent, window: DayRange): boolean {
  const days = eventDays(event.date);
  return days !== null && days.first <= window.last && days.last >= window.first;
}

/** Whether the event begins inside the window (not merely overlaps it from before). */
export function eventStartsInWindow(event: TimelineEvent, window: DayRange): boolean {
  const days = eventDays(event.date);
  return days !== null && days.first >= window.first && days.first <= window.last;
}
