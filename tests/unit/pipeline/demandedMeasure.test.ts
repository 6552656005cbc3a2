import { describe, expect, it } from 'vitest';
import { datedTitles, datedTitlesOfKind } from './eventsOfArticle.ts';

const PUBLISHED = '2022-04-14';
/** The tariff acts an article yields (a saying that names the tariffs is not one). */
const tariffEvents = (text: string) => datedTitlesOfKind(text, PUBLISHED, 'tariffs');

describe('a measure one side demands of the other', () => {
  it('is not taken, nor lifted, on the day of the demand', () => {
    expect(tariffEvents('China urged Washington on Tuesday to lift the tariffs.')).toEqual([]);
    expect(
      tariffEvents(
        'The Chinese ambassador, Xie Lin, said on Tuesday that Washington must lift the tariffs.',
      ),
    ).toEqual([]);
  });

  it('leaves the day to the word that asks for it', () => {
    expect(
      datedTitles('On Tuesday China said Washington must lift the tariffs.', PUBLISHED),
    ).toEqual(['2022-04-12 occurred China says Washington must lift the tariffs']);
    expect(
      datedTitles(
        'The Chinese ambassador, Xie Lin, said on Tuesday that Washington must lift the tariffs.',
        PUBLISHED,
      ),
    ).toEqual(['2022-04-12 occurred China says Washington must lift the tariffs']);
  });

  it('still dates the measure when it is done', () => {
    expect(tariffEvents('Washington lifted the tariffs on Tuesday.')).toEqual([
      '2022-04-12 occurred US lifts tariffs on Chinese goods',
    ]);
  });
});
