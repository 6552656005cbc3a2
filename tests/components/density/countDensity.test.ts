import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  bucketsInView,
  coarseInView,
  countDensity,
  densitySummary,
  describeCounts,
} from '../../../src/components/density/countDensity.ts';
import { buildTimelineIndex } from '../../../src/timeline/timelineIndex.ts';
import { day, makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

const events = [
  makeTimelineEvent('a', day('2019-03-04'), { themes: ['trade'] }),
  makeTimelineEvent('b', day('2019-03-20'), { themes: ['technology', 'trade'] }),
  makeTimelineEvent('c', day('2019-03-31'), { themes: ['diplomacy'] }),
  makeTimelineEvent('d', day('2019-05-02'), { themes: ['trade'] }),
  makeTimelineEvent('e', { start: '2019-05', precision: 'month', approximate: false }),
  makeTimelineEvent('f', { start: null, precision: 'unknown', approximate: false }),
];
const entries = buildTimelineIndex(events).entries;

describe('countDensity', () => {
  it('counts each dated event once, in the month it starts, under its main theme', () => {
    const table = countDensity(entries, 'month').buckets;
    const march = table.get(local(2019, 3, 1));
    expect(march?.total).toBe(3);
    expect(march?.byTheme).toEqual({ trade: 1, technology: 1, diplomacy: 1 });
    expect(table.get(local(2019, 5, 1))?.total).toBe(2);
    expect(table.has(local(2019, 4, 1))).toBe(false);
    const total = [...table.values()].reduce((n, b) => n + b.total, 0);
    expect(total).toBe(5);
  });

  it('follows the unit it is given', () => {
    const weeks = countDensity(entries, 'week').buckets;
    expect(weeks.get(local(2019, 3, 4))?.total).toBe(1);
    expect(weeks.get(local(2019, 3, 18))?.total).toBe(1);
    expect(countDensity(entries, 'year').buckets.get(local(2019, 1, 1))?.total).toBe(5);
  });

  it('sets apart events dated only to a period longer than a bucket, instead of a false spike', () => {
    const weeks = countDensity(entries, 'week');
    // "May 2019" is no event of the week of 29 April: it is counted apart, still in view.
    expect(weeks.buckets.get(local(2019, 4, 29))?.total).toBe(1);
    expect(weeks.coarse.map((e) => e.event.id)).toEqual(['e']);
    expect(coarseInView(weeks, local(2019, 5, 10), local(2019, 5, 20))).toBe(1);
    expect(coarseInView(weeks, local(2019, 6, 1), local(2019, 7, 1))).toBe(0);
    expect(
      densitySummary(
        bucketsInView(weeks, 'week', local(2019, 4, 29), local(2019, 6, 3)),
        'week',
        1,
      ),
    ).toBe(
      'Events per week; busiest: week of 29 April 2019, 1 event; 1 more dated only to a longer period',
    );
  });
});

describe('bucketsInView', () => {
  it('lists every bucket of the view, the empty ones too, in order', () => {
    const table = countDensity(entries, 'month');
    const view = bucketsInView(table, 'month', local(2019, 3, 10), local(2019, 6, 1));
    expect(view.map((b) => b.total)).toEqual([3, 0, 2]);
    expect(view[1]?.start).toBe(local(2019, 4, 1));
  });
});

describe('the strip in words', () => {
  const table = countDensity(entries, 'month');
  const view = bucketsInView(table, 'month', local(2019, 1, 1), local(2020, 1, 1));

  it('names the unit and the busiest bucket', () => {
    expect(densitySummary(view, 'month')).toBe('Events per month; busiest: March 2019, 3 events');
    expect(
      densitySummary(bucketsInView(table, 'month', local(2018, 1, 1), local(2018, 3, 1)), 'month'),
    ).toBe('Events per month: none in view');
  });

  it('gives each bucket its counts by theme', () => {
    expect(describeCounts(view[2] as (typeof view)[number])).toBe(
      '3 events: 1 trade, 1 technology, 1 diplomacy',
    );
    expect(bucketLabel(local(2019, 3, 4), 'week')).toBe('week of 4 March 2019');
    expect(bucketLabel(local(2019, 4, 1), 'quarter')).toBe('Q2 2019');
    expect(bucketLabel(local(2015, 1, 1), 'five-years')).toBe('2015–2019');
  });
});
