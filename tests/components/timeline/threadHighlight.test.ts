import { describe, expect, it } from 'vitest';
import { buildTimelineItems } from '../../../src/timeline/buildTimelineItems.ts';
import { buildTimelineIndex } from '../../../src/timeline/timelineIndex.ts';
import { makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';

describe('the thread highlight on the timeline', () => {
  it('marks the items that share a thread with the selected event, and only those', () => {
    const day = (start: string) => ({ start, precision: 'day' as const, approximate: false });
    const a = makeTimelineEvent('a', day('2025-04-02'), { threadIds: ['story'] });
    const b = makeTimelineEvent('b', day('2025-04-10'), { threadIds: ['story', 'other'] });
    const c = makeTimelineEvent('c', day('2025-04-20'), { threadIds: ['other'] });
    const d = makeTimelineEvent('d', day('2025-04-25'));
    const index = buildTimelineIndex([a, b, c, d]);
    const build = (selected: typeof a | null) =>
      buildTimelineItems(index, {
        from: Date.UTC(2025, 3, 1),
        to: Date.UTC(2025, 4, 1),
        selected,
        maxItems: 100,
        maxBuckets: 10,
      });
    const marked = (selected: typeof a | null) =>
      build(selected)
        .filter((i) => i.className.split(' ').includes('is-in-thread'))
        .map((i) => i.id)
        .sort();
    expect(marked(a)).toEqual(['a', 'b']);
    expect(marked(c)).toEqual(['b', 'c']);
    expect(marked(null)).toEqual([]);
  });
});
