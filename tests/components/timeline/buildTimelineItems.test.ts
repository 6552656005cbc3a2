import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import {
  buildTimelineItems,
  extendedRange,
  type ClusterItem,
  type EventItem,
  type TimelineItem,
} from '../../../src/timeline/buildTimelineItems.ts';
import { topBySalience } from '../../../src/timeline/packLandmarks.ts';
import { entriesInRange, buildTimelineIndex } from '../../../src/timeline/timelineIndex.ts';
import { salienceOf } from '../../../src/state/salience.ts';
import { makeEventsFile } from '../../fixtures/makeEventsFile.ts';
import { makeRealisticEventsFile } from '../../fixtures/makeRealisticEventsFile.ts';
import { day, makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

/** How many events the items stand for: one per event item, `count` per cluster. */
function represented(items: readonly TimelineItem[]): number {
  return items.reduce((n, item) => n + (item.kind === 'cluster' ? item.count : 1), 0);
}

describe('buildTimelineItems with few events', () => {
  const events: TimelineEvent[] = [
    makeTimelineEvent('summit', day('2025-10-30'), { themes: ['diplomacy', 'trade'] }),
    makeTimelineEvent('truce', { start: '2025-11', precision: 'month', approximate: true }),
    makeTimelineEvent('visit', day('2026-04-01'), { status: 'planned', themes: ['diplomacy'] }),
  ];
  const index = buildTimelineIndex(events);
  const items = buildTimelineItems(index, {
    from: local(2025, 9, 1),
    to: local(2026, 6, 1),
    selected: null,
    maxItems: 80,
    maxBuckets: 20,
  });
  const byId = new Map(items.map((i) => [i.id, i]));

  it('hands vis one item per event', () => {
    expect([...byId.keys()].sort()).toEqual(['summit', 'truce', 'visit']);
  });

  it('colours an item by its first theme and keeps all its themes for the icons', () => {
    const summit = byId.get('summit');
    expect(summit?.className).toContain('tl-theme-diplomacy');
    expect(summit?.kind === 'event' && summit.themes).toEqual(['diplomacy', 'trade']);
  });

  it('draws a day as a box and a month as a range across it', () => {
    expect(byId.get('summit')).toMatchObject({ type: 'box', start: local(2025, 10, 30) });
    expect(byId.get('summit')).not.toHaveProperty('end');
    expect(byId.get('truce')).toMatchObject({
      type: 'range',
      start: local(2025, 11, 1),
      end: local(2025, 12, 1),
    });
    expect(byId.get('truce')?.className).toContain('is-approximate');
  });

  it('marks planned events', () => {
    expect(byId.get('visit')?.className).toContain('is-planned');
    expect(byId.get('summit')?.className).not.toContain('is-planned');
  });
});

describe('buildTimelineItems when a period is too narrow to carry its label', () => {
  const events: TimelineEvent[] = [
    makeTimelineEvent('truce', { start: '2025-11', precision: 'month', approximate: true }),
    makeTimelineEvent('decade', { start: '2025', precision: 'year', approximate: true }),
  ];
  const items = buildTimelineItems(buildTimelineIndex(events), {
    from: local(2020, 1, 1),
    to: local(2030, 1, 1),
    selected: null,
    maxItems: 80,
    maxBuckets: 20,
    // As if 140 px were about three months at this zoom.
    minRangeMs: local(2025, 4, 1) - local(2025, 1, 1),
  });
  const byId = new Map(items.map((i) => [i.id, i]));

  it('draws a month as a box in the middle of the month, still marked as a period', () => {
    const truce = byId.get('truce');
    expect(truce).toMatchObject({ type: 'box' });
    expect(truce).not.toHaveProperty('end');
    expect(truce?.start).toBeGreaterThan(local(2025, 11, 1));
    expect(truce?.start).toBeLessThan(local(2025, 12, 1));
    expect(truce?.className).toContain('is-period');
    expect(truce?.className).toContain('is-approximate');
  });

  it('keeps a period wide enough for its label as a range', () => {
    expect(byId.get('decade')).toMatchObject({
      type: 'range',
      start: local(2025, 1, 1),
      end: local(2026, 1, 1),
    });
  });
});

describe('buildTimelineItems with many events', () => {
  const file = makeEventsFile(5000);
  const index = buildTimelineIndex(file.events);
  const from = local(2016, 1, 1);
  const to = local(2024, 1, 1);
  const options = { from, to, selected: null, maxItems: 80, maxBuckets: 20 };

  it('never hands vis more than the bound, yet accounts for every event around the window', () => {
    const items = buildTimelineItems(index, options);
    const { lo, hi } = extendedRange(from, to);
    expect(items.length).toBeLessThanOrEqual(80);
    expect(items.some((i) => i.kind === 'cluster')).toBe(true);
    expect(represented(items)).toBe(entriesInRange(index, lo, hi).length);
  });

  it('shows every event of the days in view once zoomed in far enough', () => {
    const narrow = { ...options, from: local(2020, 3, 1), to: local(2020, 3, 8) };
    const items = buildTimelineItems(index, { ...narrow, widthPx: 1400, rows: 5 });
    const { lo, hi } = extendedRange(narrow.from, narrow.to);
    const around = entriesInRange(index, lo, hi);
    const days = around.filter((e) => !e.period && e.start >= narrow.from && e.start < narrow.to);
    const drawn = new Set(items.map((i) => i.id));
    expect(days.length).toBeGreaterThan(3);
    for (const e of days) expect(drawn.has(e.event.id)).toBe(true);
    // The months and years around the week (a bar each, wider than the view) are counted, not lost.
    expect(represented(items)).toBe(around.length);
  });

  it('draws the most salient events of a dense window as titled items, at least 15 of them', () => {
    const file = makeRealisticEventsFile(5000);
    const realistic = buildTimelineIndex(file.events);
    const twoYears = { from: local(2018, 1, 1), to: local(2020, 1, 1) };
    const items = buildTimelineItems(realistic, {
      ...twoYears,
      selected: null,
      maxItems: 80,
      maxBuckets: 10,
      widthPx: 1400,
      rows: 5,
    });
    expect(items.length).toBeLessThanOrEqual(80);
    const inView = items.filter(
      (i): i is EventItem =>
        i.kind === 'event' && i.start >= twoYears.from && i.start < twoYears.to,
    );
    expect(inView.length).toBeGreaterThanOrEqual(15);
    // The most told first: what is drawn weighs clearly more, on average, than what is counted.
    const { lo, hi } = extendedRange(twoYears.from, twoYears.to);
    const drawn = new Set(items.map((i) => i.id));
    const left = entriesInRange(realistic, twoYears.from, twoYears.to).filter(
      (e) => !drawn.has(e.event.id),
    );
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(inView.map((i) => i.salience))).toBeGreaterThan(
      mean(left.map((e) => salienceOf(e.event))) * 1.5,
    );
    expect(represented(items)).toBe(entriesInRange(realistic, lo, hi).length);
    // A cluster names its most salient events.
    const cluster = items.find((i): i is ClusterItem => i.kind === 'cluster');
    expect(cluster?.top.length).toBeGreaterThan(0);
  });

  it('always includes the selected event as its own item, even far outside the window', () => {
    const selected = file.events.find((e) => e.date.start?.startsWith('2025-06'));
    expect(selected).toBeDefined();
    const items = buildTimelineItems(index, { ...options, selected: selected ?? null });
    expect(items.filter((i) => i.id === selected?.id)).toHaveLength(1);
    expect(items.length).toBeLessThanOrEqual(81);
  });

  it('keeps cluster ids stable when a filter changes their counts', () => {
    const fewer = buildTimelineIndex(file.events.filter((e) => e.themes.includes('technology')));
    const all = buildTimelineItems(index, options).filter((i) => i.kind === 'cluster');
    const some = buildTimelineItems(fewer, options).filter((i) => i.kind === 'cluster');
    const allIds = new Set(all.map((i) => i.id));
    expect(some.length).toBeGreaterThan(0);
    for (const c of some) expect(allIds.has(c.id)).toBe(true);
    expect(represented(some)).toBeLessThan(represented(all));
  });

  it('gives each cluster the bucket it covers and its theme breakdown', () => {
    const clusters = buildTimelineItems(index, options).filter((i) => i.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(2);
    for (const cluster of clusters) expectBucketContents(cluster);
  });

  function expectBucketContents(cluster: TimelineItem): void {
    if (cluster.kind !== 'cluster') throw new Error('expected a cluster');
    // An event counts where it starts; a period that began before the window and runs into it
    // counts where the window starts. Events drawn as titled items are not counted again.
    const { lo, hi } = extendedRange(from, to);
    const drawn = new Set(buildTimelineItems(index, options).map((i) => i.id));
    const members = entriesInRange(index, lo, hi).filter((e) => {
      if (drawn.has(e.event.id)) return false;
      const at = e.period && e.start < from && e.end > from ? from : e.start;
      return at >= cluster.bucketStart && at < cluster.bucketEnd;
    });
    expect(cluster.count).toBe(members.length);
    const trade = members.filter((e) => e.event.themes.includes('trade')).length;
    expect(cluster.themeCounts.trade).toBe(trade);
    expect(cluster.start).toBeGreaterThanOrEqual(cluster.bucketStart);
    expect(cluster.end).toBeLessThanOrEqual(cluster.bucketEnd);
  }

  it('does not count the events of the margin before the window in its first cluster', () => {
    const twoYears = { ...options, from: local(2018, 7, 1), to: local(2020, 7, 1) };
    const clusters = buildTimelineItems(index, twoYears).filter(
      (i): i is ClusterItem =>
        i.kind === 'cluster' && i.bucketStart >= twoYears.from && i.bucketEnd <= twoYears.to,
    );
    expect(clusters.length).toBeGreaterThan(3);
    const counts = clusters.map((c) => c.count).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(clusters[0]?.count).toBeLessThan(median * 2);
  });

  it('shows periods that began before the window in the window, not in the margin', () => {
    const narrow = { ...options, from: local(2020, 3, 1), to: local(2020, 3, 22) };
    const items = buildTimelineItems(index, narrow);
    const earlier = entriesInRange(index, narrow.from, narrow.to).filter(
      (e) => e.start < local(2020, 2, 1),
    );
    expect(earlier.length).toBeGreaterThan(3);
    const first = items.find(
      (i) => i.kind === 'cluster' && i.bucketStart <= narrow.from && narrow.from < i.bucketEnd,
    );
    expect(first?.kind === 'cluster' && first.count).toBeGreaterThanOrEqual(earlier.length);
  });
});

describe('topBySalience', () => {
  it('keeps the k heaviest, heaviest first, the earlier of equals first', () => {
    const told = (id: string, n: number) =>
      makeTimelineEvent(id, day('2020-01-01'), {
        mentions: Array.from({ length: n }, (_, i) => ({
          sourceId: `s${i}`,
          start: 0,
          end: 1,
          quote: 'x',
        })),
      });
    const entries = buildTimelineIndex([
      told('one', 1),
      told('five', 5),
      told('two', 2),
      told('five-b', 5),
    ]).entries;
    expect(topBySalience(entries, 2).map((e) => e.event.id)).toEqual(['five', 'five-b']);
    expect(topBySalience(entries, 3).map((e) => e.event.id)).toEqual(['five', 'five-b', 'two']);
    expect(topBySalience(entries, 10)).toHaveLength(4);
  });
});
