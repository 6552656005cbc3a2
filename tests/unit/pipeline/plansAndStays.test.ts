import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';
import { loadSeedConfig } from './loadSeedConfig.ts';

/**
 * Trips, briefings and deals told the way newsletters and wires tell them: by the arrival
 * awaited, the days spent somewhere, the report promised for a day ahead.
 */
const registry = loadSeedConfig().knownEvents;
const told = (text: string, published: string) =>
  eventsOfArticle(text, published, registry).map((e) => ({
    kind: e.kind,
    start: e.date.start,
    status: e.status,
  }));

describe('a briefing promised for a day ahead', () => {
  it('is a planned meeting on that day, not the talks that just ended', () => {
    const events = told(
      'The trade envoys ended two days of talks in Oslo on Tuesday. The treasury secretary said he would brief the president on Thursday.',
      '2025-07-29',
    );
    expect(events).toContainEqual({ kind: 'meeting', start: '2025-07-31', status: 'planned' });
  });
});

describe('a trip told by its arrival or its days', () => {
  it('is planned when the arrival is awaited', () => {
    expect(
      told('Foreign Minister Wang Yi is expected in Seoul in the coming weeks.', '2024-05-15'),
    ).toContainEqual({
      // "In the coming weeks" now dates the plan loosely: the month a fortnight on.
      kind: 'visit',
      start: '2024-05',
      status: 'planned',
    });
    const events = told(
      'The president said he would send Commerce Secretary Gina Raimondo to Hanoi. She is expected to arrive later this week.',
      '2024-05-14',
    );
    expect(events.filter((e) => e.kind === 'visit' && e.status === 'planned')).not.toHaveLength(0);
  });

  it('took place on the days spent there', () => {
    expect(
      told(
        'The envoy spent Monday and Tuesday in Hanoi with the deputy prime minister.',
        '2024-05-15',
      ),
    ).toContainEqual({ kind: 'visit', start: '2024-05-13', status: 'occurred' });
  });
});

describe('a channel both sides agree to open', () => {
  it('is an agreement, on the trade beat when it is about their economies', () => {
    const events = eventsOfArticle(
      'On Friday the two sides agreed to start regular exchanges on growth in both economies.',
      '2024-05-13',
    );
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'agreement', themes: expect.arrayContaining(['trade']) }),
    );
  });
});

describe('a summit "at the end of the month" after a day still ahead', () => {
  it('is in the month of writing, and ahead', () => {
    const events = told(
      'Steel duties take effect on November 1. A summit at the end of the month is now in doubt.',
      '2025-10-13',
    );
    expect(events).toContainEqual({ kind: 'meeting', start: '2025-10', status: 'planned' });
  });
});

describe('an act told as just done', () => {
  it('was done the day of writing', () => {
    expect(
      told(
        'The commerce ministry has just announced sanctions on three American drone makers.',
        '2025-10-14',
      ),
    ).toContainEqual({ kind: 'sanctions', start: '2025-10-14', status: 'occurred' });
  });
});

describe('an investigation the text says is into something else', () => {
  it('is not the registry entry the same name calls up', () => {
    const events = told(
      "The ministry accused the firms of supporting the US government's Section 301 investigation into China's shipyards and ports.",
      '2025-10-14',
    );
    expect(events.map((e) => e.start)).not.toContain('2017-08');
  });

  it('is, when the text names the entry’s subject', () => {
    const events = told(
      'The Section 301 investigation into China’s technology transfer rules led to the first tariffs.',
      '2019-05-02',
    );
    expect(events.map((e) => e.start)).toContain('2017-08');
  });
});

describe('a truce whose lapse is told after a clause about what it did', () => {
  it('expires on the day after the lapse, and the level it cut keeps its own month', () => {
    const events = told(
      'The truce, which cut duties from a peak of 60% in May, is due to expire on March 3.',
      '2025-02-01',
    );
    expect(events).toContainEqual({ kind: 'deadline', start: '2025-03-03', status: 'planned' });
    expect(events).toContainEqual(expect.objectContaining({ kind: 'tariffs', start: '2024-05' }));
  });
});
