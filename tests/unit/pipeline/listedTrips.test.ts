import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe('a list of who travelled when', () => {
  it('is one trip per traveller, each on the date beside their name', () => {
    expect(
      datedTitles(
        'This year three US officials flew to Beijing: Jake Sullivan in January, John Kerry in March and, in May, Gina Raimondo.',
        '2023-09-18',
      ),
    ).toEqual([
      '2023-01 occurred Sullivan visits Beijing',
      '2023-03 occurred Kerry visits Beijing',
      '2023-05 occurred Raimondo visits Beijing',
    ]);
  });

  it('leaves a trip with one date and no list as one trip', () => {
    expect(
      datedTitles('Jake Sullivan flew to Beijing in January: his first trip there.', '2023-09-18'),
    ).toEqual(['2023-01 occurred Sullivan visits Beijing']);
  });
});
