import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

/**
 * Dates a sentence gives for something other than its news: the day of an earlier occasion it
 * recalls, the time the present is compared with, the day of a call named in the possessive.
 */
const dated = (text: string, published: string) =>
  eventsOfArticle(text, published).map((e) => ({
    kind: e.kind,
    start: e.date.start,
    status: e.status,
  }));

describe('the first meeting since a date', () => {
  it('tells an earlier meeting at that date, beside the present one', () => {
    const events = dated(
      'The two foreign ministers held a phone call on Monday. It was their first phone call since March 2021.',
      '2023-06-07',
    );
    expect(events).toContainEqual({ kind: 'phone-call', start: '2021-03', status: 'occurred' });
    expect(events).toContainEqual({ kind: 'phone-call', start: '2023-06-05', status: 'occurred' });
  });

  it('does not when the date is only a year', () => {
    const events = dated('It was their first phone call since 2019.', '2023-06-07');
    expect(events.map((e) => e.start)).not.toContain('2019');
  });
});

describe('a date in the possessive after "by"', () => {
  it('is the day of the thing it names, not a limit', () => {
    const events = dated(
      'The envoy’s trip was arranged by last Thursday’s phone call between the two presidents.',
      '2024-03-11',
    );
    expect(events).toContainEqual({ kind: 'phone-call', start: '2024-03-07', status: 'occurred' });
  });
});

describe('a time the present is compared with', () => {
  it('dates nothing', () => {
    const events = dated(
      'The envoy said relations were in better shape than a year ago and praised the progress made during her visit.',
      '2024-05-10',
    );
    expect(events.map((e) => e.start)).not.toContain('2023');
  });

  it('is still a time after "more than"', () => {
    const [date] = extractDates('The plant closed more than a year ago.', {
      published: '2024-05-10',
      anchor: null,
    });
    expect(date?.role).toBeUndefined();
  });
});

describe('the start of a measure someone threatened to add', () => {
  it('lies ahead of the threat', () => {
    const dates = extractDates(
      'The president vowed on Friday to add a 50% duty on steel from March 3.',
      { published: '2025-02-20', anchor: null },
    );
    expect(dates.map((d) => d.date.start)).toEqual(['2025-02-14', '2025-03-03']);
  });
});
