import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe("a side's word on a day with what it was the eve of", () => {
  it('keeps the opening day when an aside says what came after it', () => {
    const text =
      'The envoy arrived in Beijing on Saturday. On Friday, the night before the envoy landed, President Trump complained on social media that China had done little to help.';
    expect(datedTitles(text, '2017-03-19')).toContainEqual(
      expect.stringMatching(/^2017-03-17 occurred Trump complains\b/),
    );
  });

  it('reads a complaint as a word like any other', () => {
    const text =
      'The Chinese embassy complained on Tuesday that Washington was spreading lies about its diplomats.';
    expect(datedTitles(text, '2024-05-08')).toContainEqual(
      expect.stringMatching(/^2024-05-07 occurred China complains\b/),
    );
  });
});

describe('an event named only as the point a time is counted from', () => {
  it('does not outweigh the word told on that day', () => {
    const text =
      'On Friday, the night before the talks, President Trump said that China had done little to help.';
    expect(datedTitles(text, '2017-03-19')).toEqual([
      '2017-03-17 occurred Trump says China had done little to help',
    ]);
  });
});
