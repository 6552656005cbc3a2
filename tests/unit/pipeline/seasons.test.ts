import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

const at = (sentence: string, published = '2026-01-31') =>
  extractDates(sentence, { published, anchor: null })[0]?.date;

describe('a season', () => {
  it('is its middle month, approximate, ahead for a plan and behind for what happened', () => {
    expect(at('The leaders will speak by phone in the spring.')).toEqual({
      start: '2026-04',
      precision: 'month',
      approximate: true,
    });
    expect(at('The leaders spoke by phone last summer.')).toMatchObject({ start: '2025-07' });
    expect(at('The envoys met in Bali last fall.', '2026-10-20')).toMatchObject({
      start: '2025-10',
    });
    expect(at('Talks stalled in the autumn of 2019.')).toMatchObject({ start: '2019-10' });
    expect(at('A summit is planned for early summer.')).toMatchObject({ start: '2026-06' });
    expect(at('Demand for summer travel rose.')).toBeUndefined();
    expect(at('A summit is planned in early summer.')).toMatchObject({ start: '2026-06' });
  });

  it('is no date where the word names something else', () => {
    expect(at('Prices fall when supply grows.')).toBeUndefined();
    expect(at('They wrote about the fall of the old regime.')).toBeUndefined();
    expect(at('The hot spring resort reopened.')).toBeUndefined();
  });

  it('dates a call the two sides said "should" happen then, as planned', () => {
    const events = eventsOfArticle(
      'The two envoys agreed to work towards a phone call between the presidents, which an official said should take place in the spring.',
      '2026-01-31',
    );
    const call = events.find((e) => e.kind === 'phone-call');
    expect(call?.date.start).toBe('2026-04');
    expect(call?.status).toBe('planned');
  });
});

describe('where a meeting happened', () => {
  it('is the place that opens its clause, not the place of a summit told after "since"', () => {
    const events = eventsOfArticle(
      'In Vienna on Monday and Tuesday, National Security Adviser Jake Sullivan and Foreign Minister Wang Yi met for nine hours, their first session since the presidents held a summit in Geneva last June.',
      '2026-01-31',
    );
    const titles = events.map((e) => e.title);
    expect(titles).toContain('Sullivan and Wang meet in Vienna');
    expect(titles.some((t) => t.startsWith('Sullivan and Wang meet in Geneva'))).toBe(false);
  });
});
