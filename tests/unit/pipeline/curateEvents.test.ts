import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { assignIds } from '../../../src/pipeline/assignIds.ts';
import { curateEvents } from '../../../src/pipeline/curateEvents.ts';

const event = (id: string, quoteStart: number): TimelineEvent => ({
  id,
  title: id,
  summary: '',
  date: { start: '2025-05', precision: 'month', approximate: false },
  status: 'occurred',
  themes: ['trade'],
  tags: [id],
  actors: ['China'],
  mentions: [{ sourceId: 's', start: quoteStart, end: quoteStart + 1, quote: 'x' }],
});

describe('curateEvents', () => {
  const events = [event('a', 0), event('b', 5), event('c', 9)];

  it('retitles, redates, rethemes, sets status, adds notes and hides', () => {
    const { events: out, warnings } = curateEvents(events, {
      merges: [],
      edits: [
        {
          id: 'a',
          title: 'New title',
          date: { start: '2025-05-12', precision: 'day', approximate: false },
          themes: ['diplomacy'],
          status: 'planned',
          addNotes: ['checked'],
        },
        { id: 'c', hide: true },
        { id: 'gone' },
      ],
    });
    expect(out.map((e) => e.id)).toEqual(['a', 'b']);
    expect(out[0]).toMatchObject({
      title: 'New title',
      status: 'planned',
      themes: ['diplomacy'],
      notes: ['checked'],
    });
    expect(out[0]?.date.start).toBe('2025-05-12');
    expect(warnings).toEqual(['curation: no event with id "gone" to edit']);
  });

  it('pins an event, so the timeline always draws it, and leaves the others unpinned', () => {
    const { events: out } = curateEvents(events, {
      merges: [],
      edits: [{ id: 'b', pin: true }],
    });
    expect(out.find((e) => e.id === 'b')?.pinned).toBe(true);
    expect(out.find((e) => e.id === 'a')).not.toHaveProperty('pinned');
  });

  it('merges events with all their mentions', () => {
    const { events: out } = curateEvents(events, {
      merges: [{ into: 'a', from: ['c'] }],
      edits: [],
    });
    expect(out.map((e) => e.id)).toEqual(['a', 'b']);
    expect(out[0]?.mentions.map((m) => m.start)).toEqual([0, 9]);
    expect(out[0]?.tags).toEqual(['a', 'c']);
  });
});

describe('assignIds', () => {
  it('suffixes repeats in order and never reuses a known event id', () => {
    expect(
      assignIds([
        { slug: 'trump-xi-call', known: false },
        { slug: 'trump-xi-call', known: true },
        { slug: 'trump-xi-call', known: false },
        { slug: 'us-tariffs', known: false },
      ]),
    ).toEqual(['trump-xi-call-2', 'trump-xi-call', 'trump-xi-call-3', 'us-tariffs']);
  });
});
