import { describe, expect, it } from 'vitest';
import { DAY_MS, eventSpan, isoDay, parseIsoDay } from '../../../src/timeline/eventSpan.ts';

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

describe('eventSpan', () => {
  it('draws a day-precision event as a point on its day', () => {
    expect(eventSpan({ start: '2025-04-02', precision: 'day', approximate: false })).toEqual({
      start: local(2025, 4, 2),
      end: local(2025, 4, 2),
      period: false,
      approximate: false,
    });
  });

  it('spreads a month-precision event across the whole month', () => {
    const span = eventSpan({ start: '2025-02', precision: 'month', approximate: true });
    expect(span).toEqual({
      start: local(2025, 2, 1),
      end: local(2025, 3, 1),
      period: true,
      approximate: true,
    });
  });

  it('spreads a year-precision event across the year', () => {
    const span = eventSpan({ start: '2026', precision: 'year', approximate: true });
    expect(span?.start).toBe(local(2026, 1, 1));
    expect(span?.end).toBe(local(2027, 1, 1));
    expect(span?.period).toBe(true);
  });

  it('draws a span with an explicit end through the end of its last day', () => {
    const span = eventSpan({
      start: '2025-05-10',
      end: '2025-05-11',
      precision: 'day',
      approximate: false,
    });
    expect(span).toMatchObject({
      start: local(2025, 5, 10),
      end: local(2025, 5, 12),
      period: true,
    });
  });

  it('reads an end of coarser precision as the end of that period', () => {
    const span = eventSpan({
      start: '2025-11-10',
      end: '2026-02',
      precision: 'day',
      approximate: false,
    });
    expect(span?.end).toBe(local(2026, 3, 1));
  });

  it('leaves undated events off the axis', () => {
    expect(eventSpan({ start: null, precision: 'unknown', approximate: false })).toBeNull();
  });
});

describe('isoDay and parseIsoDay', () => {
  it('round-trip local days, including across a year end', () => {
    for (const day of ['2024-02-29', '2025-12-31', '2026-01-01']) {
      const ms = parseIsoDay(day);
      expect(ms).not.toBeNull();
      expect(isoDay(ms ?? 0)).toBe(day);
      expect(isoDay((ms ?? 0) + DAY_MS - 1)).toBe(day);
    }
  });

  it('rejects what is not a real ISO day', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025-04', 'yesterday', '']) {
      expect(parseIsoDay(bad)).toBeNull();
    }
  });
});
