import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

const eventsOf = (published: string, text: string) => eventsOfArticle(text, published);

/** The dates of one sentence, as [text, start] pairs, told on `published`. */
const datesOf = (sentence: string, published: string) =>
  extractDates(sentence, { published, anchor: published }).map((d) => [d.text, d.date.start]);

describe('dates in the styles of unseen news', () => {
  it('dates a past clause after "after" by its own verb, not by the modal of the main clause', () => {
    // Written on Sunday 2 December 2018: the Saturday is the day before, not the coming one.
    expect(
      datesOf(
        'The rate will not rise after the two leaders agreed over lunch on Saturday to a truce.',
        '2018-12-02',
      ),
    ).toEqual([['on Saturday', '2018-12-01']]);
    expect(datesOf('They will meet on Saturday.', '2018-12-02')).toEqual([
      ['on Saturday', '2018-12-08'],
    ]);
  });

  it('reads "lined up for Sunday" as the coming Sunday', () => {
    // Written on Saturday 14 December 2019.
    expect(
      datesOf(
        'The ministry said it would drop the duties it had lined up for Sunday.',
        '2019-12-14',
      ),
    ).toEqual([['Sunday', '2019-12-15']]);
  });

  it('does not read a participle after "would be" as a past verb', () => {
    // Written in December: the January of a signing still to come is next year's.
    expect(
      datesOf(
        'The text would be signed by the two ministers, most likely in the first week of January.',
        '2019-12-14',
      ),
      // The week of the month is told now, not just the month; the year is still the next one.
    ).toEqual([['first week of January', '2020-01-01']]);
    // "could not be located Wednesday" still tells a past Wednesday.
    expect(datesOf('The owner could not be located Wednesday.', '2000-01-06')).toEqual([
      ['Wednesday', '2000-01-05'],
    ]);
  });

  it('does not date an event by what happens "instead of" it', () => {
    const [rate] = extractDates(
      'The levy stays at 10 percent instead of rising to 25 percent on Jan. 1.',
      { published: '2018-12-02', anchor: null },
    );
    expect(rate?.counterfactual).toBe(true);
  });
});

describe('years that are not the date of the event', () => {
  it("keeps the year of a law's name but never dates an event by it", () => {
    const sentence =
      'The president raised duties on steel under Section 232 of the Trade Expansion Act of 1962.';
    expect(extractDates(sentence, { published: '2024-05-15', anchor: null })[0]).toMatchObject({
      text: '1962',
      role: 'name',
    });
    expect(detectSentence(sentence, '2024-05-15').map((d) => d.date)).toEqual([null]);
    expect(
      extractDates('The 1962 Trade Expansion Act allows it.', {
        published: '2024-05-15',
        anchor: null,
      })[0]?.role,
    ).toBe('name');
  });

  it('reads "the same day" after a month as that month, not the day of an earlier sentence', () => {
    expect(
      extractDates(
        'The fight began in July 2018, when Washington imposed duties and Beijing answered on the same day.',
        { published: '2021-03-23', anchor: '2021-03-19' },
      ).map((d) => d.date.start),
    ).toEqual(['2018-07', '2018-07']);
  });

  it('reads "in September that year" as the year the text last wrote out', () => {
    const events = eventsOf(
      '2021-03-23',
      [
        'The talks ended on Friday without a statement.',
        'The duties began in July 2018, when Washington imposed tariffs on $34 billion of goods.',
        'In September that year the administration imposed a 10 percent tariff on $200 billion more.',
      ].join(' '),
    );
    const september = events.find((e) => e.mentions.some((m) => m.quote.includes('September')));
    expect(september?.date.start).toBe('2018-09');
    expect(september?.status).toBe('occurred');
  });
});

describe('a truce agreed with the day and place in between', () => {
  it('finds the agreement and dates it by the past Saturday', () => {
    const found = detectSentence(
      'Tariffs will not rise after the two presidents agreed over lunch in Lima on Saturday to a ceasefire, officials said.',
      '2018-12-02',
    );
    const deal = found.find((d) => d.kind === 'agreement');
    expect(deal).toMatchObject({ verbal: true, status: 'occurred' });
    expect(deal?.date?.start).toBe('2018-12-01');
  });

  it('reads "agreed to freeze new tariffs" as an agreement that was reached', () => {
    const found = detectSentence(
      'In Lima in December 2018, the two presidents agreed to freeze new tariffs for three months.',
      '2021-03-23',
    );
    expect(found.map((d) => [d.kind, d.status, d.date?.start])).toEqual([
      ['agreement', 'occurred', '2018-12'],
    ]);
  });
});

describe('a live page and a deal that calls off a round', () => {
  it('reads a weekday span under way on the publication day as this week', () => {
    // Written on Friday 5 August 2022: the drills run from yesterday to Sunday.
    expect(
      datesOf(
        'Beijing announced live-fire drills around the island from Thursday to Sunday.',
        '2022-08-05',
      ),
    ).toEqual([['Thursday to Sunday', '2022-08-04']]);
    expect(
      extractDates('The talks ran from Monday to Wednesday.', {
        published: '2022-08-05',
        anchor: null,
      })[0]?.date,
    ).toMatchObject({ start: '2022-08-01', end: '2022-08-03' });
  });

  it('does not read a round of tariffs a side pulls back from as imposed', () => {
    const found = detectSentence(
      'The two sides on Friday announced a trade deal, pulling back from a new round of tariffs due to start this weekend.',
      '2019-12-14',
    );
    expect(found.map((d) => d.kind)).toEqual(['agreement']);
  });
});

describe('"this week" is the week, not the publication day', () => {
  it('spans Monday to the publication day, or the rest of the week for a plan', () => {
    // Thursday 12 June 2025.
    expect(
      extractDates('This week the envoys came out with a framework.', {
        published: '2025-06-12',
        anchor: null,
      })[0]?.date,
    ).toEqual({ start: '2025-06-09', end: '2025-06-12', precision: 'day', approximate: true });
    expect(
      extractDates('They will meet again this week.', { published: '2025-06-12', anchor: null })[0]
        ?.date,
    ).toMatchObject({ start: '2025-06-12', end: '2025-06-15' });
  });

  it('tells one framework when "this week" is followed by its exact day', () => {
    const events = eventsOf(
      '2025-06-12',
      [
        'This week the envoys met again in Oslo and came out with what they call a framework.',
        'The two sides said on Tuesday that they had agreed on a framework for the deal.',
      ].join(' '),
    );
    const frameworks = events.filter((e) => e.kind === 'agreement');
    expect(frameworks.map((e) => e.date.start)).toEqual(['2025-06-10']);
    // "met again in Oslo" is the week's meeting, and the framework it came out with is told
    // with it: the first sentence is that meeting's, not a second framework.
    const meetings = events.filter((e) => e.kind === 'meeting');
    expect(meetings.map((e) => [e.date.start, e.date.end])).toEqual([['2025-06-09', '2025-06-12']]);
  });
});

describe('the theme of a truce deadline', () => {
  it('puts a deal whose failure raises a percent rate on the trade beat', () => {
    const [deal] = detectSentence(
      'If no agreement is reached by the end of March, the 10 percent rate will rise to 25 percent.',
      '2018-12-02',
    );
    expect(deal?.kind).toBe('agreement');
    expect(deal?.themes).toContain('trade');
  });
});
