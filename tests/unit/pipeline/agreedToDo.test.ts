import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

/** What both sides agree to do, with no deal named, is still an agreement between them. */
describe('what the two sides agreed to do', () => {
  it('is their agreement, on the day told', () => {
    expect(
      datedTitles(
        'The two sides agreed on Wednesday to deepen cooperation on climate finance.',
        '2023-01-19',
      ),
    ).toEqual(['2023-01-18 occurred US and China reach agreement']);
  });

  it('said at an encounter, leaves the encounter an event of its own', () => {
    expect(
      datedTitles(
        'China and the United States agreed to work together on trade at their first Comprehensive Economic Dialogue, held on July 19.',
        '2017-07-21',
      ),
    ).toEqual([
      '2017-07-19 occurred China and US reach trade agreement',
      '2017-07-19 occurred China and US hold trade talks',
    ]);
  });

  it('keeps talks agreed to as the thing agreed', () => {
    expect(
      datedTitles('On Monday the two sides agreed to resume climate talks.', '2023-07-19'),
    ).toEqual(['2023-07-17 occurred US and China reach trade agreement']);
  });
});

describe('a pledge told in the story of the day’s news', () => {
  it('was made on the day of the news, and what it promises is still to come', () => {
    expect(
      datedTitles(
        'President Donald Trump and President Xi Jinping met in Busan on Thursday. Trump said afterwards that the Chinese side had vowed to import American farm goods.',
        '2025-10-31',
      ),
    ).toContain('2025-10-30 planned China to buy US goods');
  });
});

describe('who buys', () => {
  it('is China when a Chinese state trader books the cargoes, never the US buying its own crop', () => {
    expect(
      datedTitles('On Monday COFCO booked three cargoes from the U.S. crop.', '2025-10-29'),
    ).toEqual(['2025-10-27 occurred China buys US goods']);
  });
});

describe('what the two sides agree to stop', () => {
  it('is a term of their truce, not a rise in duties', () => {
    expect(
      datedTitles(
        'On Saturday the two sides agreed not to fight a trade war and to stop raising tariffs on each other.',
        '2018-05-20',
      ),
    ).toEqual(['2018-05-19 occurred US and China reach trade agreement']);
  });
});
