import { describe, expect, it } from 'vitest';
import {
  entriesInRange,
  buildTimelineIndex,
  findEntry,
} from '../../../src/timeline/timelineIndex.ts';
import { day, makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('buildTimelineIndex', () => {
  const undated = makeTimelineEvent('undated', {
    start: null,
    precision: 'unknown',
    approximate: false,
  });
  const year = makeTimelineEvent('year-2024', {
    start: '2024',
    precision: 'year',
    approximate: true,
  });
  const a = makeTimelineEvent('a', day('2024-03-05'));
  const b = makeTimelineEvent('b', day('2024-07-01'));

  it('leaves undated events out and keeps the rest in time order', () => {
    const index = buildTimelineIndex([b, undated, a, year]);
    expect(index.entries.map((e) => e.event.id)).toEqual(['year-2024', 'a', 'b']);
    expect(index.bounds).toEqual({ start: local(2024, 1, 1), end: local(2025, 1, 1) });
    expect(findEntry(index, undated)).toBeUndefined();
    expect(findEntry(index, a)?.event).toBe(a);
  });

  it('has no bounds when nothing is dated', () => {
    expect(buildTimelineIndex([undated]).bounds).toBeNull();
  });

  it('finds points inside a window and periods that started before it', () => {
    const index = buildTimelineIndex([year, a, b]);
    const ids = (from: number, to: number) =>
      entriesInRange(index, from, to).map((e) => e.event.id);
    expect(ids(local(2024, 6, 1), local(2024, 8, 1))).toEqual(['year-2024', 'b']);
    expect(ids(local(2024, 3, 5), local(2024, 3, 6))).toEqual(['year-2024', 'a']);
    expect(ids(local(2025, 1, 1), local(2025, 6, 1))).toEqual([]);
  });

  it('indexes a filter result found along the full events the same as on its own', () => {
    const c = makeTimelineEvent('c', day('2024-09-09'));
    const all = [year, undated, a, b, c];
    const along = buildTimelineIndex([year, undated, b, c], all);
    expect(along.entries.map((e) => e.event.id)).toEqual(['year-2024', 'b', 'c']);
    expect(along.entries).toEqual(buildTimelineIndex([c, b, year]).entries);
    expect(findEntry(along, a)).toBeUndefined();
    // Not a subsequence of `all` (out of order, or an event it lacks): still indexed in full.
    const d = makeTimelineEvent('d', day('2024-01-02'));
    expect(buildTimelineIndex([c, a], all).entries.map((e) => e.event.id)).toEqual(['a', 'c']);
    expect(buildTimelineIndex([d, b], all).entries.map((e) => e.event.id)).toEqual(['d', 'b']);
  });

  it('does not find an event that the filters removed', () => {
    const index = buildTimelineIndex([a]);
    expect(findEntry(index, b)).toBeUndefined();
  });
});
