import { describe, expect, it } from 'vitest';
import { stackOrder, type Stackable } from '../../../src/timeline/stackOrder.ts';

const DAY = 86_400_000;

describe('stackOrder', () => {
  it('stacks clusters, then days, then periods from shortest to longest', () => {
    const items: Stackable[] = [
      { id: 'year', kind: 'event', type: 'range', start: 0, end: 365 * DAY },
      { id: 'day-late', kind: 'event', type: 'box', start: 5 * DAY },
      { id: 'month', kind: 'event', type: 'range', start: new Date(DAY), end: new Date(31 * DAY) },
      { id: 'cluster', kind: 'cluster', type: 'range', start: 0, end: 7 * DAY },
      { id: 'day-early', kind: 'event', type: 'box', start: new Date(2 * DAY) },
    ];
    expect([...items].sort(stackOrder).map((i) => i.id)).toEqual([
      'cluster',
      'day-early',
      'day-late',
      'month',
      'year',
    ]);
  });

  it('gives the most told events the top rows, under the cluster counts', () => {
    const items: Stackable[] = [
      { id: 'statement', kind: 'event', type: 'box', start: 0, salience: 13 },
      { id: 'summit', kind: 'event', type: 'box', start: 9 * DAY, salience: 45 },
      { id: 'cluster', kind: 'cluster', type: 'range', start: 0, end: 7 * DAY },
      { id: 'tariffs', kind: 'event', type: 'range', start: DAY, end: 31 * DAY, salience: 30 },
    ];
    expect([...items].sort(stackOrder).map((i) => i.id)).toEqual([
      'cluster',
      'summit',
      'tariffs',
      'statement',
    ]);
  });

  it('is a total order, so stacking does not depend on arrival order', () => {
    const a: Stackable = { id: 'a', kind: 'event', type: 'box', start: 0 };
    const b: Stackable = { id: 'b', kind: 'event', type: 'box', start: 0 };
    expect(stackOrder(a, b)).toBeLessThan(0);
    expect(stackOrder(b, a)).toBeGreaterThan(0);
    expect(stackOrder(a, a)).toBe(0);
  });
});
