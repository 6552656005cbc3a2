import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

describe('two acts joined by "and", each with its date', () => {
  it('gives the date before "and" to the act before it', () => {
    const found = detectSentence(
      'Beijing required licences for gallium exports in July 2023 and restricted antimony in August.',
      '2024-12-03',
    ).map((d) => [d.kind, d.date?.start ?? null]);
    expect(found).toEqual([
      ['export-controls', '2023-07'],
      ['export-controls', '2024-08'],
    ]);
  });
});

describe('"the move came a day after" another side’s act', () => {
  it('dates the act a day before the story’s news, as the act of the side that did it', () => {
    const events = eventsOfArticle(
      'On Tuesday the commerce ministry in Beijing banned exports of graphite to the United States. Beijing’s move came a day after Washington curbed chip exports to 140 Chinese companies.',
      '2024-12-04',
    );
    const curbs = events.find((e) => e.mentions.some((m) => m.quote.includes('curbed chip')));
    expect(curbs?.date.start).toBe('2024-12-02');
    expect(curbs?.title).toMatch(/^US /);
  });
});

describe('"a month earlier" and "days later" count from the date the story is at', () => {
  it('counts a month back from the month told last, not from the last day told', () => {
    const [date] = extractDates('A month earlier it had barred the regional party chief.', {
      published: '2020-12-08',
      anchor: '2020-06-30',
      toldMonth: '2020-08',
    });
    expect(date?.date).toMatchObject({ start: '2020-07', precision: 'month' });
  });

  it('puts "days later" after a month in that month, roughly', () => {
    const [date] = extractDates('Days later the ministry answered with sanctions of its own.', {
      published: '2020-12-08',
      anchor: '2020-06-30',
      toldMonth: '2020-08',
    });
    expect(date?.date).toEqual({ start: '2020-08', precision: 'month', approximate: true });
  });

  it('counts a shift from the date told just before it in the sentence', () => {
    const dates = extractDates(
      'A month earlier it barred the party chief, and Beijing answered days later by barring two senators.',
      { published: '2020-12-08', anchor: '2020-12-08', toldMonth: '2020-08' },
    );
    expect(dates.map((d) => d.date.start)).toEqual(['2020-07', '2020-07']);
  });

  it('dates a story told backwards through the pipeline', () => {
    const events = eventsOfArticle(
      'In August Washington sanctioned the city’s chief executive and ten other officials. A month earlier it sanctioned the regional party chief, and Beijing answered days later by sanctioning two US senators.',
      '2020-12-08',
    );
    const dated = events
      .filter((e) => e.kind === 'sanctions')
      .map((e) => e.date.start)
      .sort();
    expect(dated).toEqual(['2020-07', '2020-07', '2020-08']);
  });
});
