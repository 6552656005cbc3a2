import type { TimelineEvent } from '../../data/eventSchema';
import { eventDays, windowDays, type DayRange } from '../../state/eventDays';
import { eventInWindow, eventStartsInWindow } from '../../state/eventInWindow';
import type { VisibleWindow } from '../../state/timelineStore';

export interface WindowSummary {
  /** The window's days while rows are marked; null when marking would tell nothing. */
  days: DayRange | null;
  /** How many listed events the window shows. */
  inView: number;
  /** The event the list scrolls to: the first that begins in the window, else the first shown. */
  firstId: string | null;
}

const NONE: WindowSummary = { days: null, inView: 0, firstId: null };

/**
 * What the timeline's window means for the list (events in list order). No window, or one that
 * shows every dated event ("Fit all"), marks nothing: "in view" on every row says nothing.
 */
export function summariseWindow(
  events: readonly TimelineEvent[],
  window: VisibleWindow | null,
): WindowSummary {
  const days = window === null ? null : windowDays(window);
  if (days === null) return NONE;
  let inView = 0;
  let dated = 0;
  let firstStarting: string | null = null;
  let firstOverlapping: string | null = null;
  for (const ev of events) {
    if (eventDays(ev.date) === null) continue;
    dated++;
    if (!eventInWindow(ev, days)) continue;
    inView++;
    firstOverlapping ??= ev.id;
    if (firstStarting === null && eventStartsInWindow(ev, days)) firstStarting = ev.id;
  }
  const firstId = firstStarting ?? firstOverlapping;
  if (inView === dated) return { days: null, inView, firstId };
  return { days, inView, firstId };
}
