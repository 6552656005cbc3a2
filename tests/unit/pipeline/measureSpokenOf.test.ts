import { describe, expect, it } from 'vitest';
import { datedTitlesOfKind } from './eventsOfArticle.ts';

const PUBLISHED = '2025-03-12';
/** The tariff acts an article yields, with their day. */
const tariffActs = (text: string) => datedTitlesOfKind(text, PUBLISHED, 'tariffs');

describe('a measure named in what a side says', () => {
  it('is not imposed on the day of the saying', () => {
    expect(tariffActs('On Monday, Trump said the tariffs were working.')).toEqual([]);
    expect(tariffActs('Trump said on Monday the tariffs were a mistake.')).toEqual([]);
    expect(tariffActs('"The tariffs are a mistake," Trump said on Monday.')).toEqual([]);
  });

  it('keeps a day of its own', () => {
    expect(
      tariffActs('China said on Monday that the tariffs would take effect on March 10.'),
    ).toEqual(['2025-03-10 occurred China imposes tariffs on US goods']);
  });

  it('is still imposed when the saying tells it done', () => {
    expect(tariffActs('China said on Monday it had imposed tariffs on US farm goods.')).toEqual([
      '2025-03-10 occurred China imposes tariffs on US goods',
    ]);
  });
});
