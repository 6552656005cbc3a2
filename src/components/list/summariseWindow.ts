import type { TimelineEvent } from '../../data/eventSchema.ts';
import { eventInWindow, eventStartsInWindow } from '../../state/eventInWindow.ts';
import type { VisibleWindow } from '../../state/timelineStore.ts';

export interface WindowSummary {
  /** The window while rows are marked; null when marking would tell nothing. */
  window: VisibleWindow | null;
  /** How many listed events the window shows. */
  inView: number;
  /** The event the list scrolls to: the first that begins in the window, else the first shown. */
  firstId: string | null;
}

const NONE: WindowSummary = { window: null, inView: 0, firstId: null };

/**
 * What the timeline's window means for the list (events in list order). No window, or one that
 * shows every dated event ("Fit all"), marks nothing: "in view" on every row says nothing.
 */
export function summariseWindow(
  events: readonly TimelineEvent[],
  window: VisibleWindow | null,
): WindowSummary {
  if (window === null) return NONE;
  let inView = 0;
  let dated = 0;
  let firstStarting: string | null = null;
  let firstOverlapping: string | null = null;
  for (const ev of events) {
    if (ev.date.start === null || ev.date.precision === 'unknown') continue;
    dated++;
    if (!eventInWindow(ev, window)) continue;
    inView++;
    firstOverlapping ??= ev.id;
    if (firstStarting === null && eventStartsInWindow(ev, window)) firstStarting = ev.id;
  }
  const firstId = firstStarting ?? firstOverlapping;
  return { window: inView === dated ? null : window, inView, firstId };
}
