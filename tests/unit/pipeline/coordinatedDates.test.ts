import { describe, expect, it } from 'vitest';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

/** The days of one article's events, published on Saturday 14 December 2024. */
function days(text: string): (string | null)[] {
  return eventsOfArticles([seed('a.txt', '2024-12-14', text)])
    .map((e) => e.date.start)
    .sort();
}

describe('an act told on a list of dates happened on each', () => {
  it('gives the second month of "in March 2023 and September 2023" its own event', () => {
    expect(
      days(
        'Washington and Beijing extended the fisheries accord twice, in March 2023 and September 2023.',
      ),
    ).toEqual(['2023-03', '2023-09']);
  });

  it('keeps a stretch of days one event', () => {
    expect(days('US and Chinese negotiators held talks in Geneva on May 10 and May 11.')).toEqual([
      '2024-05-10',
    ]);
  });

  it('keeps the ends of a span one event', () => {
    expect(
      days('The US imposed tariffs on Chinese steel between March 2023 and September 2023.'),
    ).toHaveLength(1);
  });
});
