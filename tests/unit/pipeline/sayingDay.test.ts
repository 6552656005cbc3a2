import { describe, expect, it } from 'vitest';
import type { KnownEvent } from '../../../src/pipeline/knownEventSchema.ts';
import { datedTitles, eventsOfArticle } from './eventsOfArticle.ts';

/** A plan told by a saying: the day told with the saying is the saying's, not the plan's. */
describe('the day of the saying that tells a plan', () => {
  it('dates a measure announced today by today, as done', () => {
    expect(
      datedTitles(
        'Beijing said today that it will slap sanctions on the US defence firms behind the deal.',
        '2019-07-12',
      ),
    ).toEqual(['2019-07-12 occurred China sanctions US firms']);
  });

  it('reads "would sanction" as the sanctions announced on the day of the saying', () => {
    expect(
      datedTitles(
        'Beijing said on Tuesday it would sanction the American firms that build the missiles.',
        '2019-07-13',
      ),
    ).toEqual(['2019-07-09 occurred China sanctions US firms']);
  });

  it('gives a visit the saying told no day of its own, and keeps the day the plan names', () => {
    expect(
      datedTitles('China said on Friday that Xi would visit Washington.', '2019-07-13'),
    ).toEqual(['undated planned Xi to visit Washington']);
    expect(
      datedTitles('Xi said on Friday he would visit Washington on Monday.', '2019-07-13'),
    ).toEqual(['2019-07-15 planned Xi to visit Washington']);
  });
});

describe('the leader of Taiwan on American soil', () => {
  it('is a step between the two sides, though Taiwan is neither', () => {
    expect(
      datedTitles(
        "Taiwan's president touched down in Honolulu yesterday on his way to the Pacific.",
        '2019-07-12',
      ),
    ).toEqual(["2019-07-11 occurred Taiwan's leader visits Honolulu"]);
  });

  it('leaves a third country’s leader in New York out', () => {
    expect(
      datedTitles(
        "Japan's prime minister touched down in Honolulu yesterday on his way to the Pacific.",
        '2019-07-12',
      ),
    ).toEqual([]);
  });
});

describe('a plan the registry knows of', () => {
  const registry: KnownEvent[] = [
    {
      id: 'leader-visit-later',
      kind: 'visit',
      title: 'Xi visits Washington',
      date: { start: '2026', precision: 'year', approximate: true },
      status: 'planned',
      themes: ['diplomacy'],
      actors: ['Xi Jinping'],
      places: ['Washington'],
      tags: ['visit'],
      aliases: ['\\bXi\\b.{0,40}\\bvisit\\s+Washington\\b'],
      source: 'A test entry.',
      notes: ['Planned, not scheduled.'],
    },
  ];
  const titles = (published: string) =>
    eventsOfArticle('Officials said Xi would visit Washington.', published, registry).map(
      (e) => `${e.date.start ?? 'undated'} ${e.status} ${e.title}`,
    );

  it('is the plan of an article written within a year of it', () => {
    expect(titles('2026-02-10')).toEqual(['2026 planned Xi visits Washington']);
  });

  it('is not the plan of an article written years before it', () => {
    expect(titles('2019-07-13')).toEqual(['undated planned Xi to visit Washington']);
  });
});

describe('an encounter told as awaited in the past tense', () => {
  it('is still ahead of the day of writing, in the coming month', () => {
    expect(datedTitles('The Biden-Xi meeting was expected in November.', '2023-09-11')).toEqual([
      '2023-11 planned Biden and Xi to meet',
    ]);
  });
});
