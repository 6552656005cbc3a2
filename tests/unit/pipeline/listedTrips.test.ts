import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe('a list of who travelled when', () => {
  it('is one trip per traveller, each on the date beside their name', () => {
    expect(
      datedTitles(
        'Over the summer three cabinet members travelled to Beijing: Secretary of State Antony Blinken in June, Treasury Secretary Janet Yellen in July and, in August, Commerce Secretary Gina Raimondo.',
        '2023-09-18',
      ),
    ).toEqual([
      '2023-06 occurred Blinken visits Beijing',
      '2023-07 occurred Yellen visits Beijing',
      '2023-08 occurred Raimondo visits Beijing',
    ]);
  });

  it('leaves a trip with one date and no list as one trip', () => {
    expect(
      datedTitles(
        'Antony Blinken travelled to Beijing in June: his first trip there.',
        '2023-09-18',
      ),
    ).toEqual(['2023-06 occurred Blinken visits Beijing']);
  });
});
