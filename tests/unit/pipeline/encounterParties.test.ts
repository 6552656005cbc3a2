import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe('who an encounter is between', () => {
  it('reads the two names written into its name as its parties, not the owner of the words', () => {
    expect(
      datedTitles(
        'The headline was the envoy’s line that the odds of a Trump-Xi meeting later this year are high.',
        '2025-07-13',
      ),
    ).toEqual(['2025 planned Trump and Xi to meet']);
  });

  it('takes no party from what the call was about', () => {
    expect(
      datedTitles(
        'Their only previous contact was a phone call on January 24, which mostly went over Taiwan.',
        '2025-07-13',
      ),
    ).toEqual(['2025-01-24 occurred US and China hold phone call']);
  });
});

describe('steps told without who took them', () => {
  it('reads a truce’s lapse told of "it" as the truce running out', () => {
    expect(
      datedTitles(
        'The truce that Washington and Beijing struck in Geneva in May has a clock on it, and it runs out next month.',
        '2025-07-13',
      ),
    ).toEqual([
      '2025-05 occurred US and China reach agreement',
      '2025-08 planned US-China truce to expire',
    ]);
  });

  it('titles military contacts suspended, told in the passive, as the two sides’ halted dialogue', () => {
    expect(
      datedTitles('Military contacts were suspended in August last year.', '2023-12-22'),
    ).toEqual(['2022-08 occurred US-China military dialogue halted']);
  });

  it('reads what the two presidents agreed at a place as their agreement there', () => {
    expect(
      datedTitles(
        'The generals discussed carrying out what our two presidents agreed in San Francisco last month.',
        '2023-12-22',
      ),
    ).toEqual(['2023-11 occurred US and China reach agreement']);
  });
});
