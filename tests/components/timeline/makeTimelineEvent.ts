import type { TimelineEvent } from '../../../src/data/eventSchema.ts';

/** A minimal valid event for the timeline tests; only what the timeline reads matters. */
export function makeTimelineEvent(
  id: string,
  date: TimelineEvent['date'],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    summary: '',
    date,
    status: 'occurred',
    themes: ['trade'],
    tags: [],
    actors: [],
    mentions: [],
    ...extra,
  };
}

export function day(start: string): TimelineEvent['date'] {
  return { start, precision: 'day', approximate: false };
}
