import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';
import { eventInWindow, eventStartsInWindow } from '../../../src/state/eventInWindow.ts';

const at = (date: TimelineEvent['date']): TimelineEvent => makeTimelineEvent('e', date);
const june = { from: '2019-06-15', to: '2019-06-20' };

describe('eventInWindow', () => {
  it('counts a month or a year that contains the window as in it, but not as starting in it', () => {
    const month = at({ start: '2019-06', precision: 'month', approximate: false });
    const year = at({ start: '2019', precision: 'year', approximate: true });
    expect(eventInWindow(month, june)).toBe(true);
    expect(eventInWindow(year, june)).toBe(true);
    expect(eventStartsInWindow(month, june)).toBe(false);
    expect(
      eventInWindow(at({ start: '2019-07', precision: 'month', approximate: false }), june),
    ).toBe(false);
    expect(eventInWindow(at({ start: '2018', precision: 'year', approximate: false }), june)).toBe(
      false,
    );
  });

  it('follows an explicit end, and the window edges count as inside', () => {
    const spell = at({ start: '2019-05-01', end: '2019-06', precision: 'day', approximate: false });
    expect(eventInWindow(spell, june)).toBe(true);
    expect(
      eventInWindow(at({ start: '2019-06-20', precision: 'day', approximate: false }), june),
    ).toBe(true);
    expect(
      eventStartsInWindow(at({ start: '2019-06-15', precision: 'day', approximate: false }), june),
    ).toBe(true);
    expect(
      eventInWindow(at({ start: '2019-06-14', precision: 'day', approximate: false }), june),
    ).toBe(false);
    expect(eventInWindow(at({ start: null, precision: 'unknown', approximate: false }), june)).toBe(
      false,
    );
  });
});
