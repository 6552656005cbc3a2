import type { TimelineEvent } from '../data/eventSchema.ts';

let lastInput: readonly TimelineEvent[] | null = null;
let lastOutput: TimelineEvent[] = [];

/**
 * The order the list (and previous/next) walks: dated events in data order, then the undated
 * ones, which the list gathers in a "Date unknown" section at the end whatever the file's order.
 * Same input array → same output array, so it can be used in selectors.
 */
export function orderForList(events: readonly TimelineEvent[]): TimelineEvent[] {
  if (events !== lastInput) {
    lastInput = events;
    const dated: TimelineEvent[] = [];
    const undated: TimelineEvent[] = [];
    for (const ev of events) (ev.date.start === null ? undated : dated).push(ev);
    lastOutput = undated.length === 0 ? [...dated] : dated.concat(undated);
  }
  return lastOutput;
}
