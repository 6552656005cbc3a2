import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** The titles, days and statuses of one article's events, published on Friday 17 Jan 2025. */
function told(text: string, published = '2025-01-17'): [string, string | null, string][] {
  return eventsOfArticle(text, published).map((e) => [e.title, e.date.start, e.status]);
}

describe('the steps of a rule-making', () => {
  it('tells a final rule put out, its printing and its start as three events', () => {
    const events = told(
      'On Tuesday the Commerce Department put out a final rule on drone parts made in China. It was published in the Federal Register on Thursday and takes effect on April 2.',
    );
    expect(events.map(([, start, status]) => [start, status])).toEqual([
      ['2025-01-14', 'occurred'],
      ['2025-01-16', 'occurred'],
      ['2025-04-02', 'planned'],
    ]);
    expect(events[0]?.[0]).toMatch(/final .*rule/);
    expect(events[1]?.[0]).toMatch(/Federal Register/);
    expect(events[2]?.[0]).toMatch(/takes? effect/);
  });

  it('dates an advance notice and a proposed rule told as what the agency came out with', () => {
    const events = told(
      'The Commerce Department opened the process with an advance notice on March 1, 2024, and put out a proposed rule on chip tools in September.',
    );
    expect(events.map(([title, start]) => [/proposes/.test(title), start])).toEqual([
      [false, '2024-03-01'],
      [true, '2024-09'],
    ]);
  });

  it('tells rules finalized in one month and in force from another', () => {
    expect(
      told(
        'The Treasury finalized the rules on US investment in Chinese chip firms last October, and they took effect on January 2.',
      ).map(([, start, status]) => [start, status]),
    ).toEqual([
      ['2024-10', 'occurred'],
      ['2025-01-02', 'occurred'],
    ]);
  });

  it('reads "the rule is effective" with a day as the start, still ahead', () => {
    expect(
      told(
        'The Commerce Department rule on Chinese chip tools is effective June 2, 2025, and applies to deals signed after that date.',
      ).map(([, start, status]) => [start, status]),
    ).toEqual([['2025-06-02', 'planned']]);
  });

  it('reads a weekday after "was published in the Federal Register" in the past', () => {
    expect(
      told(
        'The Commerce Department rule on Chinese chip tools was published in the Federal Register on Thursday and takes effect in June.',
      ).map(([, start]) => start),
    ).toContain('2025-01-16');
  });
});

describe('panda diplomacy', () => {
  it('tells pandas arriving on loan, and two papers on one arrival are one event', () => {
    const events = eventsOfArticle(
      'Two giant pandas from China arrived at the city zoo on Tuesday after a long flight.',
      '2024-05-16',
    );
    expect(events.map((e) => [e.themes, e.date.start])).toEqual([[['diplomacy'], '2024-05-14']]);
  });

  it('tells pandas flown home, dated by the "since" a "when" clause hangs on', () => {
    expect(
      told(
        'The city had been without pandas since May 2021, when Lin, Hua and their cub Bo were flown back to China after ten years.',
      ),
    ).toEqual([['Giant pandas on loan return to China', '2021-05', 'occurred']]);
  });

  it('tells a public debut still ahead as planned', () => {
    expect(
      told('The bears will spend a month in quarantine and will go on public view on March 3.'),
    ).toEqual([['Giant pandas on loan from China to make public debut', '2025-03-03', 'planned']]);
  });

  it('keeps the steps of one loan apart', () => {
    expect(
      told(
        'Two giant pandas from China arrived at the city zoo on Monday. The pandas will go on public view on March 3, the zoo said.',
      ).map(([, start]) => start),
    ).toEqual(['2025-01-13', '2025-03-03']);
  });

  it('ignores bears that are not on loan', () => {
    expect(told('Bears arrived at the campsite on Monday night.')).toEqual([]);
  });
});
