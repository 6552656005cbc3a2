import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe('who an encounter is between', () => {
  it('reads the two names written into its name as its parties, not the owner of the words', () => {
    expect(
      datedTitles(
        'The adviser’s note said a Biden-Xi summit later this year now looked likely.',
        '2025-07-13',
      ),
    ).toEqual(['2025 planned Biden and Xi to meet']);
  });

  it('takes no party from what the call was about', () => {
    expect(
      datedTitles(
        'The ministers last spoke in a phone call on March 3, which dealt mainly with Taiwan.',
        '2025-07-13',
      ),
    ).toEqual(['2025-03-03 occurred US and China hold phone call']);
  });
});

describe('steps told without who took them', () => {
  it('reads a truce’s lapse told of "it" as the truce running out', () => {
    expect(
      datedTitles(
        'The truce the two capitals agreed in Geneva in May buys time, but it expires next month.',
        '2025-07-13',
      ),
    ).toEqual([
      '2025-05 occurred US and China reach agreement',
      '2025-08 planned US-China truce to expire',
    ]);
  });

  it('titles military contacts suspended, told in the passive, as the two sides’ halted dialogue', () => {
    expect(datedTitles('Military exchanges were frozen in October 2019.', '2020-03-02')).toEqual([
      '2019-10 occurred US-China military dialogue halted',
    ]);
  });

  it('reads what the two presidents agreed at a place as their agreement there', () => {
    expect(
      datedTitles(
        'The envoys discussed how to implement what the two presidents agreed in Lima in May.',
        '2023-12-22',
      ),
    ).toEqual(['2023-05 occurred US and China reach agreement']);
  });
});
