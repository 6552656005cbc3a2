import type { TimelineEvent } from '../data/eventSchema.ts';
import { eventDays, isoOfDay, windowDays } from './eventDays.ts';
import type { VisibleWindow } from './timelineStore.ts';

/**
 * The window that brings `event` into view, or null when the current one already shows it (or
 * cannot: the event is undated, or there is no window, which means the whole timeline is shown).
 * The zoom stays: the window keeps its length and is centred on the event; an event longer
 * than that is shown whole with a margin. Pure, so the store and the tests share it.
 */
export function windowToShow(
  event: TimelineEvent,
  window: VisibleWindow | null,
): VisibleWindow | null {
  if (window === null) return null;
  const days = eventDays(event.date);
  const current = windowDays(window);
  if (days === null || current === null) return null;
  if (days.first <= current.last && days.last >= current.first) return null;
  const span = current.last - current.first + 1;
  const length = days.last - days.first + 1;
  if (length <= span * 0.8) {
    const first = Math.round((days.first + days.last) / 2 - (span - 1) / 2);
    return { from: isoOfDay(first), to: isoOfDay(first + span - 1) };
  }
  const pad = Math.max(1, Math.round(length * 0.1));
  return { from: isoOfDay(days.first - pad), to: isoOfDay(days.last + pad) };
}
