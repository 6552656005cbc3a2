import { describe, expect, it } from 'vitest';
import { makeRealisticEventsFile } from '../../fixtures/makeRealisticEventsFile.ts';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import {
  eventsMatchingQuery,
  filterEvents,
  matchesQuery,
  queryTerms,
} from '../../../src/state/selectVisibleEvents.ts';
import { countByTheme } from '../../../src/components/header/countByTheme.ts';

const events = makeRealisticEventsFile(600).events;

/** The answer without any cache: every event tried against every term. */
function scanAll(all: readonly TimelineEvent[], query: string): string[] {
  const terms = queryTerms(query);
  return all.filter((ev) => matchesQuery(ev, terms)).map((ev) => ev.id);
}

const ids = (list: readonly TimelineEvent[]) => list.map((ev) => ev.id);

describe('eventsMatchingQuery', () => {
  it('gives what a full scan gives while a query is typed, retyped and changed', () => {
    // Extending, deleting back, a second term, a term that no longer contains the old one.
    const typed = ['t', 'ta', 'tar', 'tari', 'tar', 'tar c', 'tar ch', 'ch', 'x', 'xi', 'chips'];
    for (const query of typed) {
      const got = ids(eventsMatchingQuery(events, query));
      expect(got, query).toEqual(scanAll(events, query));
    }
  });

  it('finds something for the queries above, so the comparison is not between empty lists', () => {
    expect(scanAll(events, 'tar').length).toBeGreaterThan(0);
    expect(scanAll(events, 'tar').length).toBeLessThan(events.length);
  });

  it('does not carry a result from one data set to another', () => {
    const first = events.slice(0, 300);
    const second = events.slice(300);
    expect(ids(eventsMatchingQuery(first, 'ta'))).toEqual(scanAll(first, 'ta'));
    expect(ids(eventsMatchingQuery(second, 'tar'))).toEqual(scanAll(second, 'tar'));
  });

  it('gives back the events array itself for an empty query', () => {
    expect(eventsMatchingQuery(events, '  ')).toBe(events);
  });
});

describe('countByTheme with the shared query scan', () => {
  it('counts, per theme, the events that match the query whatever the toggles', () => {
    for (const query of ['', 'ta', 'tari']) {
      const counts = countByTheme(events, query);
      expect(counts.trade, query).toBe(filterEvents(events, ['trade'], query).length);
      expect(counts.diplomacy, query).toBe(filterEvents(events, ['diplomacy'], query).length);
    }
  });
});
