import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** The kinds, days and statuses of one article's events, published on Saturday 11 May 2024. */
function told(text: string): [string, string | null, string][] {
  return eventsOfArticle(text, '2024-05-11').map((e) => [e.title, e.date.start, e.status]);
}

describe('a licence demanded of exporters', () => {
  it('is an export control announced on the day the ministry said so', () => {
    expect(
      told(
        'Beijing will make sellers apply for permits before shipping tungsten alloys abroad, the commerce ministry said on Friday.',
      ),
    ).toEqual([['China imposes export controls on critical minerals', '2024-05-10', 'occurred']]);
  });

  it('is told again by "the measure, announced by" with the month it was announced', () => {
    expect(
      told(
        'The measure, announced by the Chinese commerce ministry in March, covers tungsten ores and bismuth.',
      ).map(([, start]) => start),
    ).toEqual(['2024-03']);
  });
});

describe('the day a measure starts to bind', () => {
  it('is an event of its own when told as coming into force', () => {
    expect(
      told(
        "China's requirement that sellers obtain licences for bismuth exports came into force on Friday.",
      ).map(([, start, status]) => [start, status]),
    ).toContainEqual(['2024-05-10', 'occurred']);
  });

  it('is planned when an aside tells it ahead', () => {
    expect(
      told(
        'The rules, which take effect on June 1, cover two kinds of alloy and their powders.',
      ).map(([, start, status]) => [start, status]),
    ).toEqual([['2024-06-01', 'planned']]);
  });

  it('dates draft rules put out for comment', () => {
    expect(
      told(
        'On Friday the Treasury released proposed rules defining which battery suppliers count as foreign-controlled.',
      ).map(([, start]) => start),
    ).toEqual(['2024-05-10']);
  });
});
