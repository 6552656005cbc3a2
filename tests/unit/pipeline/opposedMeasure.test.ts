import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe('a measure one side says it opposes', () => {
  it("is the other side's, though the sentence names only the side that spoke", () => {
    const titles = datedTitles(
      'On Wednesday China said it firmly opposed the new export controls on chipmaking tools.',
      '2023-01-12',
    );
    expect(titles.some((t) => /^2023-01-11 occurred US imposes export controls\b/.test(t))).toBe(
      true,
    );
    expect(titles.filter((t) => /China imposes/.test(t))).toEqual([]);
  });
});
