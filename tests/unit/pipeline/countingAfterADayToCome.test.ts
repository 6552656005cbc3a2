import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { datedTitles } from './eventsOfArticle.ts';

describe('a day still to come', () => {
  it('anchors what the next paragraph counts from it', () => {
    expect(
      datedTitles(
        'BEIJING - China will halve the extra tariffs on $75 billion of US goods, the ministry said on Thursday. The cuts take effect on Feb. 14.\n\nThe US side is due on the same day to lower its 15 percent tariff on $120 billion of Chinese goods to 7.5 percent, as promised when the deal was signed on Jan. 15.',
        '2020-02-07',
      ),
    ).toContain('2020-02-14 planned US to cut tariffs on Chinese goods');
  });

  it('stops anchoring once the story goes back to the past', () => {
    const titles = datedTitles(
      "WASHINGTON - The trade office opened a trade investigation into Chinese legacy chips on Monday.\n\nWritten comments are due by February 5, and a public hearing will be held on March 11.\n\nEarlier in December, the Commerce Department added 140 firms to its Entity List, and Beijing answered a day later with a ban on exports of gallium to the US.\n\nTwo weeks earlier, China's market regulator said it had opened an antitrust investigation into Nvidia.",
      '2024-12-24',
    );
    expect(titles).toContain('2024-12-09 occurred China launches antitrust investigation');
    expect(titles).toContain('2024-12-23 occurred US launches trade investigation');
  });
});

describe('a day counted from a month the sentence told', () => {
  it('is known only to that month', () => {
    const dates = extractDates(
      'Earlier in December, Washington added 140 firms to its list, and Beijing answered a day later with a ban on gallium exports.',
      { published: '2024-12-24', anchor: '2024-12-23' },
    );
    expect(dates.map((d) => d.date)).toEqual([
      { start: '2024-12', precision: 'month', approximate: false },
      { start: '2024-12', precision: 'month', approximate: true },
    ]);
  });
});
