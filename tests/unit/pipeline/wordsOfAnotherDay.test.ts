import { describe, expect, it } from 'vitest';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

/** The kinds, days, statuses and titles of one article's events, published Monday 15 March 2021. */
function told(...paragraphs: string[]): string[] {
  return eventsOfArticles([seed('a.txt', '2021-03-15', paragraphs.join('\n\n'))]).map(
    (e) => `${e.date.start ?? 'undated'} ${e.status} ${e.title}`,
  );
}

describe('a side’s word on its own day about an act of another day', () => {
  it('is the day’s event beside the act it tells of', () => {
    const events = told(
      'China’s defence ministry on Friday dismissed an American complaint that one of its warships had aimed a laser at a patrol plane last month.',
    );
    expect(events.some((e) => e.startsWith('2021-03-12 occurred China dismisses'))).toBe(true);
  });

  it('stays out when the act it tells of has no other day', () => {
    expect(told('Beijing on Friday condemned the tariffs the US imposed on Friday.')).not.toContain(
      expect.stringContaining('condemns'),
    );
  });
});

describe('a curb announced on one day and starting on a later one', () => {
  it('is the announcement and the start', () => {
    expect(
      told(
        'China said on Monday that every drug chemically related to fentanyl will be treated as a controlled substance from May 1.',
      ),
    ).toEqual([
      '2021-03-15 occurred China controls fentanyl-related substances',
      '2021-05-01 planned China to control fentanyl-related substances',
    ]);
  });
});

describe('a subject with a word between it and its verb', () => {
  it('is the body a description stands for', () => {
    expect(
      told(
        'The Defense Department has watched the drone maker for years. On January 14 the department formally designated the firm a military company.',
      ),
    ).toEqual(['2021-01-14 occurred Pentagon designates the firm a military company']);
  });

  it('is the side a pronoun stands for', () => {
    expect(
      told(
        'Beijing has long resented the carrier. On Friday it quickly revoked the firm’s business permits.',
      ),
    ).toEqual(['2021-03-12 occurred China revokes the firm’s business permits']);
  });
});

describe('the bodies that act for a side by their full names', () => {
  it('knows the trade representative’s office and the ministries of state security', () => {
    expect(told('The Office of the US Trade Representative opened a review on March 12.')).toEqual([
      '2021-03-12 occurred USTR opens a review',
    ]);
    expect(
      told('The Ministry of State Security (MSS) said on Friday that a US spy had been caught.'),
    ).toEqual(['2021-03-12 occurred China says a US spy had been caught']);
  });
});
