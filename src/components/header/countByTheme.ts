import { countTheme } from '../../data/countTheme.ts';
import type { Theme } from '../../data/eventConstants.ts';
import type { TimelineEvent } from '../../data/eventSchema.ts';
import { eventsMatchingQuery } from '../../state/selectVisibleEvents.ts';

/**
 * How many events each theme toggle would show given the search query: the count reflects the
 * other active filter, not the theme toggles themselves, so an "off" theme still says what it holds.
 */
export function countByTheme(
  events: readonly TimelineEvent[],
  query: string,
): Record<Theme, number> {
  // The same scan the visible events use (kept a moment), not a second one per keystroke.
  const counts: Record<Theme, number> = { trade: 0, technology: 0, diplomacy: 0 };
  for (const ev of eventsMatchingQuery(events, query)) {
    for (const t of ev.themes) countTheme(counts, t);
  }
  return counts;
}
