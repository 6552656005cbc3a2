import { describe, expect, it } from 'vitest';
import { datelinePrefixLength, findDateline } from '../../../src/pipeline/findDateline.ts';
import { detectSentence } from './detectSentence.ts';

describe('a deal named with the clause that says when it was made', () => {
  it('dates the deal by that clause, and leaves the day the news was told to the news', () => {
    const found = detectSentence(
      'Beijing will halve the extra duties on some US goods, the finance ministry said on Thursday, to carry out the trade agreement the two countries signed last month.',
      '2020-02-07',
    ).map((d) => [d.kind, d.date?.start ?? null]);
    expect(found).toEqual([
      ['tariffs', '2020-02-06'],
      ['agreement', '2020-01'],
    ]);
  });

  it('reads the same of a truce "both sides reached in May"', () => {
    const [d] = detectSentence(
      'Officials met to review the truce that both sides reached in May.',
      '2025-08-10',
    );
    expect([d?.kind, d?.date?.start]).toEqual(['agreement', '2025-05']);
  });
});

describe('a wire dateline with two cities', () => {
  it('is a dateline: "SEOUL/TOKYO, Feb. 7 (Agency) --"', () => {
    const text =
      'SEOUL/TOKYO, Feb. 7, 2020 (Harbour Wire) -- South Korea and Japan said on Friday that talks would resume.';
    expect(datelinePrefixLength(text)).toBe('SEOUL/TOKYO, Feb. 7, 2020 (Harbour Wire) -- '.length);
    expect(findDateline(text)).toBe('2020-02-07');
  });
});
