import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

/** What both sides agree to do, with no deal named, is still an agreement between them. */
describe('what the two sides agreed to do', () => {
  it('is their agreement, on the day told', () => {
    expect(
      datedTitles(
        'The two sides agreed on Wednesday to widen their work on ocean plastics.',
        '2023-01-19',
      ),
    ).toEqual(['2023-01-18 occurred US and China reach agreement']);
  });

  it('said at an encounter, leaves the encounter an event of its own', () => {
    expect(
      datedTitles(
        'Washington and Beijing agreed to share cargo data at their annual Strategic Security Dialogue, held on March 4.',
        '2017-03-06',
      ),
    ).toEqual([
      '2017-03-04 occurred US and China reach agreement',
      '2017-03-04 occurred US and China hold talks',
    ]);
  });

  it('keeps talks agreed to as the thing agreed', () => {
    expect(
      datedTitles(
        'On Monday the two sides agreed to reopen their talks on fisheries.',
        '2023-07-19',
      ),
      // Fisheries talks name no trade: the deal is no trade deal by default.
    ).toEqual(['2023-07-17 occurred US and China reach agreement']);
  });
});

describe('a pledge told in the story of the day’s news', () => {
  it('was made on the day of the news, and what it promises is still to come', () => {
    expect(
      datedTitles(
        'President Joe Biden and President Xi Jinping met in Lima on Saturday. Biden said afterwards that the Chinese side had pledged to buy more American grain.',
        '2024-11-18',
      ),
    ).toContain('2024-11-16 planned China to buy US goods');
  });
});

describe('who buys', () => {
  it('is China when a Chinese state trader books the cargoes, never the US buying its own crop', () => {
    expect(
      datedTitles('On Monday COFCO booked two cargoes of American soybeans.', '2025-10-29'),
    ).toEqual(['2025-10-27 occurred China buys soybeans']);
  });
});

describe('what the two sides agree to stop', () => {
  it('is a term of their truce, not a rise in duties', () => {
    expect(
      datedTitles(
        'On Friday both sides agreed not to escalate and to stop imposing new tariffs on one another.',
        '2018-05-20',
      ),
    ).toEqual(['2018-05-18 occurred US and China reach trade agreement']);
  });
});
