import type { TimelineEvent } from '../data/eventSchema.ts';

// By input array: the few filter results selectVisibleEvents keeps each keep their order too.
const ordered = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>();

/**
 * The order the list (and previous/next) walks: dated events in data order, then the undated
 * ones, which the list gathers in a "Date unknown" section at the end whatever the file's order.
 * Same input array → same output array, so it can be used in selectors.
 */
export function orderForList(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  let out = ordered.get(events);
  if (out === undefined) {
    // events.json puts undated events last already: then the order is the input's, and no
    // copy of 100,000 references is made.
    if (undatedLast(events)) out = events;
    else {
      const dated: TimelineEvent[] = [];
      const undated: TimelineEvent[] = [];
      for (const ev of events) (ev.date.start === null ? undated : dated).push(ev);
      out = dated.concat(undated);
    }
    ordered.set(events, out);
  }
  return out;
}

function undatedLast(events: readonly TimelineEvent[]): boolean {
  let undated = false;
  for (const ev of events) {
    if (ev.date.start === null) undated = true;
    else if (undated) return false;
  }
  return true;
}
