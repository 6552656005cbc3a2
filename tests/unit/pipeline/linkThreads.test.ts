import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/eventSchema.ts';
import { applyThreadCuration } from '../../../src/pipeline/applyThreadCuration.ts';
import { linkThreads } from '../../../src/pipeline/linkThreads.ts';

function ev(id: string, start: string | null, over: Partial<TimelineEvent> = {}): TimelineEvent {
  const precision =
    start === null ? 'unknown' : start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
  return {
    id,
    title: id,
    summary: '',
    date: { start, precision, approximate: false },
    status: 'occurred',
    themes: ['trade'],
    tags: [],
    actors: ['United States', 'China'],
    mentions: [],
    ...over,
  };
}

const tariff = (id: string, start: string | null, over: Partial<TimelineEvent> = {}) =>
  ev(id, start, { kind: 'tariffs', tags: ['tariffs'], ...over });

describe('linkThreads', () => {
  it('tells one tariff war from its retaliation to its truce, in date order', () => {
    const events = [
      ev('geneva-truce', '2025-05-12', { kind: 'agreement', tags: ['agreement'] }),
      tariff('us-tariffs-34', '2025-04-02'),
      tariff('china-retaliates', '2025-04-04'),
      ev('geneva-talks', '2025-05-10', { kind: 'talks', tags: ['talks'] }),
    ];
    const threads = linkThreads(events, []);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.eventIds).toEqual([
      'us-tariffs-34',
      'china-retaliates',
      'geneva-talks',
      'geneva-truce',
    ]);
    expect(threads[0]?.title).toMatch(/tariff/i);
  });

  it('starts a new thread after a long quiet gap: 2018 and 2025 are two tariff wars', () => {
    const events = [
      tariff('tariffs-2018-a', '2018-06-15'),
      tariff('tariffs-2018-b', '2018-07-06'),
      tariff('tariffs-2025-a', '2025-04-02'),
      tariff('tariffs-2025-b', '2025-04-09'),
    ];
    const threads = linkThreads(events, []);
    expect(threads.map((t) => t.eventIds)).toEqual([
      ['tariffs-2018-a', 'tariffs-2018-b'],
      ['tariffs-2025-a', 'tariffs-2025-b'],
    ]);
    expect(new Set(threads.map((t) => t.id)).size).toBe(2);
  });

  it('puts a planned visit and the leaders’ call before it in one thread', () => {
    const leaders = ['Donald Trump', 'Xi Jinping'];
    const events = [
      ev('leaders-call', '2026-02-04', {
        kind: 'phone-call',
        themes: ['diplomacy'],
        actors: leaders,
      }),
      ev('beijing-visit', '2026-04', {
        kind: 'visit',
        status: 'planned',
        themes: ['diplomacy'],
        actors: leaders,
      }),
      // Another pair of leaders is another story.
      ev('other-call', '2026-03-01', {
        kind: 'phone-call',
        themes: ['diplomacy'],
        actors: ['Joe Biden', 'Xi Jinping'],
      }),
    ];
    const threads = linkThreads(events, []);
    expect(threads.map((t) => t.eventIds)).toEqual([['leaders-call', 'beijing-visit']]);
    expect(threads[0]?.title).toContain('Trump and Xi');
  });

  it('needs the story’s core: summits that touched on trade are no tariff war', () => {
    const events = [
      ev('summit-a', '2023-10-01', { kind: 'meeting' }),
      ev('summit-b', '2023-11-15', { kind: 'meeting' }),
    ];
    expect(linkThreads(events, [])).toEqual([]);
  });

  it('lets an undated event join through a sentence it shares with a thread event', () => {
    const shared = { sourceId: 'a', start: 10, end: 20, quote: 'x' };
    const events = [
      tariff('tariffs-a', '2025-04-02'),
      tariff('tariffs-b', '2025-04-10', { mentions: [shared] }),
      tariff('tariff-cut-undated', null, { mentions: [shared] }),
      tariff('tariffs-undated-elsewhere', null, { mentions: [{ ...shared, start: 99 }] }),
    ];
    expect(linkThreads(events, [])[0]?.eventIds).toEqual([
      'tariffs-a',
      'tariffs-b',
      'tariff-cut-undated',
    ]);
  });

  it('names a thread after its registry event, so adding an earlier event keeps the id', () => {
    const base = [tariff('reciprocal-tariffs', '2025-04-02'), tariff('retaliation', '2025-04-04')];
    const registry = ['reciprocal-tariffs'];
    const before = linkThreads(base, registry)[0]?.id;
    const after = linkThreads([tariff('fentanyl-tariffs', '2025-02-04'), ...base], registry)[0]?.id;
    expect(before).toBe('tariff-war-reciprocal-tariffs');
    expect(after).toBe(before);
    expect(before).not.toMatch(/\d{4}/);
  });

  it('is deterministic whatever the input order', () => {
    const events = [
      tariff('a', '2025-04-02'),
      tariff('b', '2025-04-04', { tags: ['tariffs', 'rare-earths'] }),
      ev('c', '2025-04-20', { kind: 'export-controls', tags: ['rare-earths'] }),
    ];
    expect(linkThreads([...events].reverse(), [])).toEqual(linkThreads(events, []));
  });
});

describe('applyThreadCuration', () => {
  const events = [
    tariff('a', '2025-04-02'),
    tariff('b', '2025-04-04'),
    tariff('c', '2025-04-10'),
    ev('d', '2025-06-01', { kind: 'talks' }),
  ];
  const linked = linkThreads(events.slice(0, 3), []);
  const id = linked[0]?.id ?? '';

  it('names, trims and extends a thread, keeping date order, and marks its events', () => {
    const out = applyThreadCuration(events, linked, [
      { id, title: 'The 2025 tariff war', add: ['d'], remove: ['b'] },
    ]);
    expect(out.threads).toEqual([{ id, title: 'The 2025 tariff war', eventIds: ['a', 'c', 'd'] }]);
    expect(out.events.find((e) => e.id === 'd')?.threadIds).toEqual([id]);
    expect(out.events.find((e) => e.id === 'b')?.threadIds).toBeUndefined();
    expect(out.warnings).toEqual([]);
  });

  it('creates a new thread, drops a hidden one, and warns about unknown ids', () => {
    const out = applyThreadCuration(events, linked, [
      { id, hide: true },
      { id: 'spring-talks', title: 'Spring talks', add: ['c', 'd', 'nope'] },
      { id: 'no-such-thread', title: 'Renamed' },
    ]);
    expect(out.threads).toEqual([
      { id: 'spring-talks', title: 'Spring talks', eventIds: ['c', 'd'] },
    ]);
    expect(out.warnings).toHaveLength(2);
    expect(out.warnings.join('\n')).toMatch(/nope/);
    expect(out.warnings.join('\n')).toMatch(/no-such-thread/);
  });
});
