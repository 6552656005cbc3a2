import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  chooseBucketUnit,
  nextBucketStart,
} from '../../../src/timeline/bucketUnit.ts';
import { DAY_MS } from '../../../src/timeline/eventSpan.ts';

const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

describe('chooseBucketUnit', () => {
  it('picks the finest unit that keeps the bucket count within the limit', () => {
    expect(chooseBucketUnit(10 * DAY_MS, 20)).toBe('day');
    expect(chooseBucketUnit(60 * DAY_MS, 20)).toBe('week');
    expect(chooseBucketUnit(365 * DAY_MS, 20)).toBe('month');
    expect(chooseBucketUnit(4 * 365 * DAY_MS, 20)).toBe('quarter');
    expect(chooseBucketUnit(11 * 365 * DAY_MS, 20)).toBe('year');
    expect(chooseBucketUnit(60 * 365 * DAY_MS, 20)).toBe('five-years');
    expect(chooseBucketUnit(150 * 365 * DAY_MS, 20)).toBe('decade');
  });
});

describe('bucketStart and nextBucketStart', () => {
  it('follow the calendar', () => {
    const t = local(2025, 8, 14, 15); // a Thursday afternoon
    expect(bucketStart(t, 'day')).toBe(local(2025, 8, 14));
    expect(bucketStart(t, 'week')).toBe(local(2025, 8, 11)); // Monday
    expect(bucketStart(t, 'month')).toBe(local(2025, 8, 1));
    expect(bucketStart(t, 'quarter')).toBe(local(2025, 7, 1));
    expect(bucketStart(t, 'year')).toBe(local(2025, 1, 1));
    expect(bucketStart(t, 'five-years')).toBe(local(2025, 1, 1));
    expect(bucketStart(local(2029, 3, 1), 'five-years')).toBe(local(2025, 1, 1));
    expect(bucketStart(t, 'decade')).toBe(local(2020, 1, 1));
    expect(nextBucketStart(local(2025, 1, 1), 'month')).toBe(local(2025, 2, 1));
    expect(nextBucketStart(local(2025, 10, 1), 'quarter')).toBe(local(2026, 1, 1));
    expect(nextBucketStart(local(2025, 12, 29), 'week')).toBe(local(2026, 1, 5));
  });

  it('puts every instant inside the bucket it names', () => {
    for (const unit of ['day', 'week', 'month', 'quarter', 'year', 'decade'] as const) {
      for (let t = local(2019, 1, 1); t < local(2027, 1, 1); t += 13.7 * DAY_MS) {
        const start = bucketStart(t, unit);
        expect(start).toBeLessThanOrEqual(t);
        expect(nextBucketStart(start, unit)).toBeGreaterThan(t);
      }
    }
  });
});
