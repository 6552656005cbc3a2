import { describe, expect, it } from 'vitest';
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
