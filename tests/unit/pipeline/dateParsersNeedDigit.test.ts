import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALENDAR_PARSERS, YEAR_PARSERS } from '../../../src/pipeline/dates/dateParsers.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');
const PARSERS = [...CALENDAR_PARSERS, ...YEAR_PARSERS];

/** The pattern with every digit class and digit made unmatchable. */
function withoutDigits(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/\\d|[0-9]/g, '[^\\s\\S]'), pattern.flags);
}

describe('date parsers that need a digit', () => {
  const texts = [
    ...PARSERS.map((p) => p.example),
    ...readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(ARTICLES, f), 'utf8')),
  ];

  it('are the ones whose pattern matches nothing once digits cannot match', () => {
    const flagged = PARSERS.filter((p) => p.needsDigit);
    // The day-of-month and year rules: "May 10 and 11", "12 May 2025", "in late 2018" …
    expect(flagged.length).toBeGreaterThanOrEqual(9);
    for (const parser of flagged) {
      expect(parser.pattern.test(parser.example), parser.example).toBe(true);
      const blind = withoutDigits(parser.pattern);
      for (const text of texts) {
        blind.lastIndex = 0;
        expect(blind.test(text), `${parser.example} / ${blind.source}`).toBe(false);
      }
    }
  });

  it('still leave a month without a day to the rules that read one', () => {
    const dates = extractDates('Markets fell sharply in May, traders said.', {
      published: '2025-07-01',
      anchor: null,
    });
    expect(dates.map((d) => d.date)).toEqual([
      { start: '2025-05', precision: 'month', approximate: false },
    ]);
  });
});
