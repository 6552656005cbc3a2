import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

const datesOf = (sentence: string, published: string) =>
  extractDates(sentence, { published, anchor: published }).map((d) => [d.text, d.date]);

describe('weeks', () => {
  it('reads "last week" as Monday to Sunday of the week before', () => {
    expect(datesOf('The leaders met last week in the port city.', '2025-03-12')).toEqual([
      [
        'last week',
        { start: '2025-03-03', end: '2025-03-09', precision: 'day', approximate: true },
      ],
    ]);
  });

  it('reads "the last week of August 2024" as that month’s last seven days', () => {
    expect(datesOf('The envoy visited in the last week of August 2024.', '2024-09-20')).toEqual([
      [
        'last week of August 2024',
        { start: '2024-08-25', end: '2024-08-31', precision: 'day', approximate: true },
      ],
    ]);
  });
});

describe('one act told twice', () => {
  it('joins "last week’s meeting" in one paper to the same meeting dated in another', () => {
    const events = buildEventsFile(
      [
        {
          file: 'a.txt',
          text: 'Prices rose after last week’s meeting between Trump and Xi Jinping in Geneva.',
          meta: { published: '2025-03-12' },
        },
        {
          file: 'b.txt',
          text: 'Trump and Xi Jinping met in Geneva on March 6.',
          meta: { published: '2025-03-07' },
        },
      ],
      { knownEvents: [], curation: { merges: [], edits: [] } },
    ).file.events;
    expect(
      events.map((e) => [e.date.start, new Set(e.mentions.map((m) => m.sourceId)).size]),
    ).toEqual([['2025-03-06', 2]]);
  });

  it('joins an office’s trip to a city and its holder’s trip there in overlapping days', () => {
    const events = eventsOfArticle(
      'The US national security adviser visited Beijing in the last week of August 2024. Jake Sullivan visited Beijing from 27 to 29 August 2024.',
      '2024-09-20',
    );
    expect(events.map((e) => e.date.start)).toEqual(['2024-08-27']);
  });
});
