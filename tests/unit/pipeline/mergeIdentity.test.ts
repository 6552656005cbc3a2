import { describe, expect, it } from 'vitest';
import type { KnownEvent } from '../../../src/pipeline/knownEventSchema.ts';
import { eventsOfArticles, seed, sourcesOf } from './eventsOfArticles.ts';

describe('one encounter told in different words', () => {
  it('joins "the telephone call" to the talks the article told, when it told no call', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2025-11-25',
        'Trump and Xi on Monday held talks on trade and fentanyl. Trump said the telephone call was productive.',
      ),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions.map((m) => m.quote)).toHaveLength(2);
    expect(events[0]?.date.start).toBe('2025-11-24');
  });

  it.each([
    ['the deal first', ['a.txt', 'b.txt']],
    ['the talks first', ['b.txt', 'a.txt']],
  ])(
    'joins a deal reached at talks in a city with those talks told by another outlet (%s)',
    (_, names) => {
      const [deal, talks] = names as [string, string];
      const events = eventsOfArticles([
        seed(
          deal,
          '2025-07-29',
          'Bessent said on Tuesday that a framework agreement was reached after two days of talks with He Lifeng in Stockholm.',
        ),
        seed(
          talks,
          '2025-07-29',
          'US and Chinese negotiators held talks in Stockholm on Tuesday as markets waited for news on tariffs.',
        ),
      ]);
      const both = events.filter((e) => sourcesOf(e).length === 2);
      expect(both.map((e) => e.kind)).toEqual(['agreement']);
      expect(both[0]?.date.start).toBe('2025-07-29');
    },
  );

  it('keeps talks in two cities apart', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2025-07-29',
        'Bessent said on Tuesday that a framework agreement was reached after two days of talks with He Lifeng in Stockholm.',
      ),
      seed(
        'b.txt',
        '2025-07-29',
        'US and Chinese negotiators held talks in Geneva on Tuesday as markets waited for news on tariffs.',
      ),
    ]);
    expect(events.filter((e) => sourcesOf(e).length === 2)).toEqual([]);
  });

  it('keeps the registry day of talks when a later sentence only says "this year"', () => {
    const known: KnownEvent[] = [
      {
        id: 'talks-in-stockholm',
        kind: 'talks',
        title: 'US and China hold talks in Stockholm',
        date: { start: '2025-07-28', end: '2025-07-29', precision: 'day', approximate: false },
        status: 'occurred',
        themes: ['trade'],
        tags: ['talks'],
        actors: ['United States', 'China'],
        places: ['Stockholm', 'Sweden'],
        aliases: ['\\btalks\\b.{0,30}\\bStockholm\\b'],
        source: 'test',
      } as KnownEvent,
    ];
    const events = eventsOfArticles(
      [
        seed(
          'a.txt',
          '2025-07-30',
          'Officials flew home after the talks in Stockholm ended. The negotiations this year have been slow.',
        ),
      ],
      known,
    );
    const talks = events.find((e) => e.id === 'talks-in-stockholm');
    expect(talks?.date.start).toBe('2025-07-28');
  });
});

describe('one measure told as what it stops', () => {
  it('joins "cutting off sales of AI chips" to the export controls another article names', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2022-10-08',
        'Washington on Friday imposed export controls on advanced chips bound for China.',
      ),
      seed(
        'b.txt',
        '2024-05-20',
        'In October 2022 the Biden administration went further, cutting off sales of advanced AI chips to China.',
      ),
    ]);
    const controls = events.filter((e) => e.kind === 'export-controls');
    expect(controls).toHaveLength(1);
    expect(controls[0] === undefined ? [] : sourcesOf(controls[0])).toEqual(['a', 'b']);
  });
});

describe('one act told by its name in two articles', () => {
  it('joins a law signed "in December" to the same law that "became law on December 18"', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2021-01-05',
        'President Donald Trump signed the Holding Foreign Companies Accountable Act in December, giving Chinese firms three years to open their books.',
      ),
      seed(
        'b.txt',
        '2021-02-01',
        'The Holding Foreign Companies Accountable Act became law on December 18 after it was signed by the president.',
      ),
    ]);
    const both = events.filter((e) => sourcesOf(e).length === 2);
    expect(both.map((e) => [e.kind, e.date.start])).toEqual([['legislation', '2020-12-18']]);
  });

  it('keeps two laws of one month apart when they share only the word "Act"', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2019-12-02',
        'President Donald Trump signed the Hong Kong Human Rights and Democracy Act in November, angering Beijing.',
      ),
      seed(
        'b.txt',
        '2019-12-30',
        'The Defense Authorization Act became law on November 20 after it was signed by the president.',
      ),
    ]);
    expect(events.filter((e) => sourcesOf(e).length === 2)).toEqual([]);
  });
});

describe('one encounter named alike, told as two kinds', () => {
  it('joins a meeting for the named talks to those talks told "in January" elsewhere', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2024-01-12',
        'US and Chinese military officers met in Washington on January 8 and 9 for the Defense Policy Coordination Talks, the Pentagon said.',
      ),
      seed(
        'b.txt',
        '2024-05-30',
        'The two militaries held Defense Policy Coordination Talks in January for the first time in four years.',
      ),
    ]);
    const both = events.filter((e) => sourcesOf(e).length === 2);
    expect(both.map((e) => e.date.start)).toEqual(['2024-01-08']);
  });

  it('keeps talks apart from a meeting that shares one name only', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2024-01-12',
        'US and Chinese officials met in Washington on January 8 to discuss Taiwan.',
      ),
      seed(
        'b.txt',
        '2024-05-30',
        'The two sides held talks on Taiwan in January for the first time in a year.',
      ),
    ]);
    expect(events.filter((e) => sourcesOf(e).length === 2)).toEqual([]);
  });
});
