import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticles, seed, sourcesOf } from './eventsOfArticles.ts';

/**
 * One real event told by two articles in different words must come out as one event with both
 * articles as its sources: a timeline that shows the same arrest twice, or a summit once per
 * paper, is wrong to a reader.
 */
describe('one event retold by another article', () => {
  const told = (events: ReturnType<typeof eventsOfArticles>, kind: string) =>
    events.filter((e) => e.kind === kind).map((e) => [e.date.start, sourcesOf(e)]);

  it('joins a visit told as a host receiving a guest to the meeting another paper reported', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2023-06-20',
        'Antony Blinken and Wang Yi held a meeting in Beijing on Monday.',
      ),
      seed(
        'b.txt',
        '2024-01-10',
        'Wang Yi hosted Antony Blinken in Beijing in June 2023, a first in years.',
      ),
    ]);
    expect(told(events, 'meeting')).toEqual([['2023-06-19', ['a', 'b']]]);
  });

  it('joins an arrest told with the detained person named to the same arrest told without', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2019-03-05',
        'Canadian police arrested a Chinese telecom executive in Vancouver on March 3 at the request of the United States.',
      ),
      seed(
        'b.txt',
        '2020-01-15',
        'March 3, 2019: police in Vancouver detain Larsen, wanted by American prosecutors.',
      ),
    ]);
    expect(told(events, 'legal-case')).toEqual([['2019-03-03', ['a', 'b']]]);
  });

  it('joins a court step told on the same day, though one account names no one it knows', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2019-05-04',
        'The engineer struck a deferred prosecution agreement with US prosecutors on Friday.',
      ),
      seed(
        'b.txt',
        '2020-02-01',
        '- May 3, 2019: Larsen signs a deferred prosecution agreement and leaves the courtroom free.',
      ),
    ]);
    expect(told(events, 'legal-case')).toEqual([['2019-05-03', ['a', 'b']]]);
  });

  it('keeps apart two anonymous court steps of one month told on different days', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2019-05-04',
        'The engineer struck a deferred prosecution agreement with US prosecutors on Friday.',
      ),
      seed(
        'b.txt',
        '2020-02-01',
        '- May 14, 2019: Larsen signs a deferred prosecution agreement and leaves the courtroom free.',
      ),
    ]);
    expect(told(events, 'legal-case')).toHaveLength(2);
  });

  it('joins a homecoming told by the plane left to the landing a timeline gives', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2019-05-06',
        'Larsen came home on Sunday: she stepped off a government jet in Shanghai to cheers from a small crowd.',
      ),
      // The day in the landing's own phrase, in the year of the entry above it, though the
      // backgrounder came out years later and "within hours" dates the boarding.
      seed(
        'b.txt',
        '2022-12-03',
        '- May 3, 2019: Larsen signs a deferred prosecution agreement. She leaves New York within hours and lands in Shanghai on May 5.',
      ),
    ]);
    expect(told(events, 'visit')).toEqual([['2019-05-05', ['a', 'b']]]);
  });

  it('joins orders told "hours earlier" than the next day, against an app and against its owner', () => {
    const events = eventsOfArticles([
      seed('a.txt', '2020-08-10', 'On August 6 the president signed an order aimed at ByteDance.'),
      seed(
        'b.txt',
        '2020-08-20',
        'Treasury’s sanctions came on August 7. Hours earlier the president had signed an order against TikTok.',
      ),
    ]);
    expect(told(events, 'policy')).toEqual([['2020-08-06', ['a', 'b']]]);
  });

  it('joins an order against an app to the order against the firm that owns it', () => {
    const events = eventsOfArticles([
      seed('a.txt', '2020-08-10', 'On August 6 the president signed an order aimed at ByteDance.'),
      seed('b.txt', '2020-08-12', 'On August 6 the president signed an order against TikTok.'),
    ]);
    expect(told(events, 'policy')).toEqual([['2020-08-06', ['a', 'b']]]);
  });

  it('joins an act told "hours earlier" than the next day to the same act on its own day', () => {
    const events = eventsOfArticles([
      seed('a.txt', '2020-08-10', 'On August 6 the president signed an order aimed at TikTok.'),
      seed(
        'b.txt',
        '2020-08-20',
        'Treasury’s sanctions came on August 7. Hours earlier the president had signed an order against TikTok.',
      ),
    ]);
    expect(told(events, 'policy')).toEqual([['2020-08-06', ['a', 'b']]]);
  });
});

describe('the day of an act told beside another', () => {
  it('dates a landing by the day in its own phrase, not by the "within hours" of the boarding', () => {
    const [visit] = detectSentence(
      'The envoy left Beijing within hours and landed in Shanghai on May 5.',
      '2025-05-12',
    ).filter((d) => d.kind === 'visit');
    expect(visit?.date?.start).toBe('2025-05-05');
  });

  it('dates a lapse by its own day, not by a date in the clause on what the truce did', () => {
    const kinds = detectSentence(
      'The pause, which cut duties on both sides from a high of 50% in May, is due to expire on November 10.',
      '2025-09-15',
    ).map((d) => [d.kind, d.date?.start, d.status]);
    expect(kinds).toEqual([
      ['tariffs', '2025-05', 'occurred'],
      ['deadline', '2025-11-10', 'planned'],
    ]);
  });

  it('puts a day without a year in the year of the day told just before', () => {
    const at = (anchor: string) =>
      extractDates('She landed in Shenzhen on May 5.', {
        published: '2022-12-03',
        anchor,
        yearTold: 2019,
      })[0]?.date.start;
    expect(at('2019-05-03')).toBe('2019-05-05');
    // Months away from the day told, the day is the one nearest the paper.
    expect(at('2019-01-03')).toBe('2022-05-05');
  });
});
