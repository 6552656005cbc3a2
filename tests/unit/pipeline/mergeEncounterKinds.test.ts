import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/pipeline/findNames.ts';
import { eventsOfArticles, joined, seed } from './eventsOfArticles.ts';

describe('a place introduced by what it is', () => {
  it.each([
    ['Sherman sat down with officials in the port city of Tianjin on Monday.', 'Tianjin'],
    ['Beijing ordered the consulate in the southwestern city of Chengdu shut.', 'Chengdu'],
  ])('reads "%s" as happening in %s', (sentence, place) => {
    expect(findNames(sentence).places.map((p) => p.name)).toEqual([place]);
  });
});

describe('one encounter told as a trip in one article and as a meeting in another', () => {
  it.each([
    ['the meeting first', ['a.txt', 'b.txt']],
    ['the trip first', ['b.txt', 'a.txt']],
  ])('joins them when they name the same participant and place (%s)', (_, names) => {
    const [meeting, trip] = names as [string, string];
    const events = eventsOfArticles([
      seed(
        meeting,
        '2021-07-28',
        'Tianjin talks\n\nWendy Sherman met Chinese officials in the port city of Tianjin on Monday, and hopes were modest.',
      ),
      seed(
        trip,
        '2021-12-07',
        'A hard year\n\nTies were strained already in July, when Wendy Sherman travelled to Tianjin for talks with Chinese diplomats.',
      ),
    ]);
    expect(joined(events)).toEqual([['a', 'b']]);
  });

  it('keeps apart two envoys of one side in the same city and month', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2023-07-09',
        'Yellen in Beijing\n\nJanet Yellen met Chinese officials in Beijing on Saturday for a second day.',
      ),
      seed(
        'b.txt',
        '2023-07-20',
        'Climate envoy\n\nJohn Kerry travelled to Beijing in July for talks on climate with his counterpart.',
      ),
    ]);
    expect(joined(events)).toEqual([]);
  });

  it('keeps apart two envoys who met the same ministry in the same city and month', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2023-07-09',
        'Yellen in Beijing\n\nJanet Yellen held talks with the Foreign Ministry in Beijing on Saturday.',
      ),
      seed(
        'b.txt',
        '2023-07-20',
        'Climate envoy\n\nJohn Kerry travelled to Beijing in July to meet the Foreign Ministry.',
      ),
    ]);
    expect(joined(events)).toEqual([]);
  });
});
