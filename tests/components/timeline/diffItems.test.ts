import { describe, expect, it } from 'vitest';
import type { EventItem } from '../../../src/timeline/buildTimelineItems.ts';
import { diffItems } from '../../../src/timeline/diffItems.ts';

function item(id: string, title = `Event ${id}`): EventItem {
  return {
    id,
    kind: 'event',
    type: 'box',
    start: 0,
    className: 'tl-event tl-theme-trade',
    title,
    themes: ['trade'],
    status: 'occurred',
    approximate: false,
    salience: 10,
  };
}

describe('diffItems', () => {
  it('adds everything the first time', () => {
    const diff = diffItems(new Map(), [item('a'), item('b')]);
    expect(diff.upsert.map((i) => i.id)).toEqual(['a', 'b']);
    expect(diff.remove).toEqual([]);
  });

  it('leaves unchanged items alone, updates changed ones and removes the rest', () => {
    const first = diffItems(new Map(), [item('a'), item('b'), item('c')]);
    const second = diffItems(first.next, [item('a'), item('b', 'Renamed'), item('d')]);
    expect(second.upsert.map((i) => i.id)).toEqual(['b', 'd']);
    expect(second.remove).toEqual(['c']);
    expect(diffItems(second.next, [item('a'), item('b', 'Renamed'), item('d')]).upsert).toEqual([]);
  });
});
