import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** The titles, days and statuses of one article's events, published on Saturday 8 Mar 2025. */
function told(text: string, published = '2025-03-08'): [string, string | null, string][] {
  return eventsOfArticle(text, published).map((e) => [e.title, e.date.start, e.status]);
}

describe('a fact sheet', () => {
  it('is a dated public word, and two papers on one fact sheet are one event', () => {
    const events = buildEventsFile(
      [
        {
          file: 'a.txt',
          text: 'In a fact sheet issued on Saturday, the White House said China would buy more US farm goods this year.',
          meta: { published: '2025-03-10' },
        },
        {
          file: 'b.txt',
          text: 'The White House said in a March 8 fact sheet that China would buy more US farm goods.',
          meta: { published: '2025-03-12' },
        },
      ],
      { knownEvents: [], curation: { merges: [], edits: [] } },
    ).file.events;
    const sheets = events.filter((e) => /fact sheet/.test(e.title));
    expect(
      sheets.map((e) => [e.date.start, new Set(e.mentions.map((m) => m.sourceId)).size]),
    ).toEqual([['2025-03-08', 2]]);
  });
});

describe('purchases told in the trade’s words', () => {
  it('tells a state buyer booking cargoes', () => {
    expect(
      told('A Chinese state grain buyer booked three cargoes of US soybeans on Monday.').map(
        ([title, start]) => [/buys/.test(title), start],
      ),
    ).toEqual([[true, '2025-03-03']]);
  });
});

describe('a comment period', () => {
  it('closes on its day, planned until it comes', () => {
    expect(
      told('Comments on the proposed US port fees for Chinese ships are due by March 24.'),
    ).toContainEqual(['US comment period to close', '2025-03-24', 'planned']);
  });
});

describe('a petition for trade action', () => {
  it('is dated by its filing', () => {
    expect(
      told(
        'The petition filed on March 3 by five US unions asks for higher duties on Chinese cranes.',
      ),
    ).toContainEqual(['US petition filed', '2025-03-03', 'occurred']);
  });

  it('is colour when undated', () => {
    expect(told('Residents signed a petition to save the park.')).toEqual([]);
  });
});

describe('a duty suspended for a span', () => {
  it('reads "suspend for one year the extra tariff" as a pause', () => {
    expect(
      told('Beijing will suspend for one year the extra 24% tariff on US goods from March 10.').map(
        ([title, start, status]) => [/suspend|pause/i.test(title), start, status],
      ),
    ).toEqual([[true, '2025-03-10', 'planned']]);
  });
});

describe('a memo of policy, a duty named by when it was made, a measure asked about', () => {
  it('tells a national security memo put out by the White House', () => {
    expect(
      told(
        'Late on Friday the White House put out a national security memo on Chinese investment in US farmland.',
      ).map(([, start]) => start),
    ).toEqual(['2025-03-07']);
  });

  // The suspension itself is not in April (plannedSteps.test.ts): the month is the imposing's,
  // and the date stage reads it as the April behind.
  it('reads the April of "the tariff it imposed on US goods in April" as behind', () => {
    expect(
      extractDates(
        'Beijing will also suspend for one year the extra tariff it imposed on US goods in April.',
        { published: '2025-11-05', anchor: '2025-11-05' },
      ).map((d) => d.date.start),
    ).toEqual(['2025-04']);
  });

  it('ignores tariffs named as what nobody asked about', () => {
    expect(
      told(
        'The school choir sang for the governor in Washington on Monday, and nobody was asking them about tariffs.',
      ).filter(([title]) => /tariff/i.test(title)),
    ).toEqual([]);
  });
});

describe('the months goods are to move in', () => {
  it('are the terms of an order, not the day it was placed', () => {
    expect(
      told(
        'A Chinese state grain buyer booked three cargoes of US soybeans for March-April shipment, traders said on Tuesday.',
        '2025-02-20',
      ).map(([, start]) => start),
    ).toEqual(['2025-02-18']);
  });
});
