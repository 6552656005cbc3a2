import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';
import { eventDays, isoOfDay, windowDays } from '../../../src/state/eventDays.ts';
import { windowToShow } from '../../../src/state/windowToShow.ts';

const event = (date: TimelineEvent['date']): TimelineEvent => makeTimelineEvent('e', date);
const day = (start: string, end?: string) =>
  event({ start, ...(end === undefined ? {} : { end }), precision: 'day', approximate: false });

describe('eventDays', () => {
  it('covers the whole period a partial date names', () => {
    const range = (d: ReturnType<typeof eventDays>) =>
      d === null ? null : [isoOfDay(d.first), isoOfDay(d.last)];
    expect(range(eventDays({ start: '2024', precision: 'year', approximate: true }))).toEqual([
      '2024-01-01',
      '2024-12-31',
    ]);
    expect(range(eventDays({ start: '2024-02', precision: 'month', approximate: false }))).toEqual([
      '2024-02-01',
      '2024-02-29',
    ]);
    expect(range(eventDays(day('2024-05-10', '2024-06').date))).toEqual([
      '2024-05-10',
      '2024-06-30',
    ]);
    expect(eventDays({ start: null, precision: 'unknown', approximate: false })).toBeNull();
  });
});

describe('windowToShow', () => {
  const spring = { from: '2024-03-01', to: '2024-05-30' };

  it('leaves the window alone when the event is in it, even partly', () => {
    expect(windowToShow(day('2024-04-02'), spring)).toBeNull();
    expect(windowToShow(day('2024-02-20', '2024-03-02'), spring)).toBeNull();
    expect(
      windowToShow(event({ start: '2024', precision: 'year', approximate: true }), spring),
    ).toBeNull();
  });

  it('centres an event outside the window and keeps the zoom', () => {
    const moved = windowToShow(day('2019-07-15'), spring);
    expect(moved).toEqual({ from: '2019-05-31', to: '2019-08-29' });
    const length = (w: { from: string; to: string }) =>
      (windowDays(w)?.last ?? 0) - (windowDays(w)?.first ?? 0);
    expect(moved === null ? -1 : length(moved)).toBe(length(spring));
  });

  it('shows a period longer than the window whole, with a margin', () => {
    const moved = windowToShow(
      event({ start: '2021', precision: 'year', approximate: false }),
      spring,
    );
    expect(moved).toEqual({ from: '2020-11-25', to: '2022-02-06' });
  });

  it('does nothing without a window (the whole timeline is shown) or without a date', () => {
    expect(windowToShow(day('2019-07-15'), null)).toBeNull();
    expect(
      windowToShow(event({ start: null, precision: 'unknown', approximate: false }), spring),
    ).toBeNull();
  });
});
