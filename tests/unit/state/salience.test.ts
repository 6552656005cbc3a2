import { describe, expect, it } from 'vitest';
import type { Mention, TimelineEvent } from '../../../src/data/eventSchema.ts';
import { computeSalience, salienceOf } from '../../../src/state/salience.ts';
import { makeTimelineEvent } from '../../fixtures/makeTimelineEvent.ts';

function mention(sourceId: string, start: number): Mention {
  return { sourceId, start, end: start + 1, quote: 'x' };
}

function ev(extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return makeTimelineEvent(
    'e',
    { start: '2025-05-12', precision: 'day', approximate: false },
    { mentions: [mention('a', 0)], ...extra },
  );
}

describe('computeSalience', () => {
  it('weighs an event told by more articles above one told once', () => {
    const once = ev({ kind: 'tariffs' });
    const thrice = ev({
      kind: 'tariffs',
      mentions: [mention('a', 0), mention('b', 0), mention('c', 0)],
    });
    expect(computeSalience(thrice)).toBeGreaterThan(computeSalience(once));
  });

  it('counts several sentences of one article for less than several articles', () => {
    const oneArticle = ev({ mentions: [mention('a', 0), mention('a', 5), mention('a', 9)] });
    const threeArticles = ev({ mentions: [mention('a', 0), mention('b', 0), mention('c', 0)] });
    expect(computeSalience(oneArticle)).toBeGreaterThan(computeSalience(ev()));
    expect(computeSalience(threeArticles)).toBeGreaterThan(computeSalience(oneArticle));
  });

  it('weighs a summit and a tariff round above a statement told as often', () => {
    const statement = computeSalience(ev({ kind: 'statement' }));
    expect(computeSalience(ev({ kind: 'meeting', tags: ['summit'] }))).toBeGreaterThan(statement);
    expect(computeSalience(ev({ kind: 'tariffs' }))).toBeGreaterThan(statement);
    // "talks" held at a summit weigh as a summit.
    expect(computeSalience(ev({ kind: 'talks', tags: ['summit'] }))).toBeGreaterThan(
      computeSalience(ev({ kind: 'talks' })),
    );
  });

  it('lifts an event the known-events registry names', () => {
    const note = 'Date from the known-events registry (seeds/known-events.json): a source.';
    expect(computeSalience(ev({ notes: [note] }))).toBeGreaterThan(computeSalience(ev()));
    expect(computeSalience(ev({ notes: ['checked by hand'] }))).toBe(computeSalience(ev()));
  });

  it('puts a pinned event above any unpinned one', () => {
    const big = ev({
      kind: 'meeting',
      tags: ['summit'],
      mentions: Array.from({ length: 40 }, (_, i) => mention(`s${i}`, 0)),
    });
    expect(computeSalience(ev({ kind: 'statement', pinned: true }))).toBeGreaterThan(
      computeSalience(big),
    );
  });

  it('gives events without a kind or mentions a finite weight', () => {
    const s = computeSalience(ev({ mentions: [] }));
    expect(Number.isFinite(s)).toBe(true);
    expect(s).toBeGreaterThan(0);
  });
});

describe('salienceOf', () => {
  it('uses the number the data file carries instead of computing one', () => {
    expect(salienceOf(ev({ salience: 3.5, kind: 'meeting' }))).toBe(3.5);
  });

  it('still puts a pin on top of a number from the file', () => {
    expect(salienceOf(ev({ salience: 3.5, pinned: true }))).toBeGreaterThan(
      salienceOf(ev({ salience: 900 })),
    );
  });

  it('computes the weight when the file has none', () => {
    const e = ev({ kind: 'visit' });
    expect(salienceOf(e)).toBe(computeSalience(e));
  });
});
