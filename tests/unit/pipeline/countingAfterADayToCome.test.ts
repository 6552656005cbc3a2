import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { datedTitles } from './eventsOfArticle.ts';

describe('a day still to come', () => {
  it('anchors what the next paragraph counts from it', () => {
    expect(
      datedTitles(
        'BEIJING - China will halve the extra duties it charges on $40 billion of US farm goods, officials said on Thursday. The lower rates apply from Feb. 14.\n\nWashington plans that same day to lower its own levy on $90 billion of Chinese machinery to 5 percent, under the pact agreed on Jan. 15.',
        '2020-02-07',
      ),
    ).toContain('2020-02-14 planned US to cut tariffs on Chinese goods');
  });

  it('stops anchoring once the story goes back to the past', () => {
    const titles = datedTitles(
      "WASHINGTON - The trade office opened a trade investigation into Chinese solar glass on Monday.\n\nPublic submissions close on February 5, and hearings are planned for March 11.\n\nEarlier in December, the Commerce Department put 60 firms on its Entity List, and Beijing hit back a day later by banning graphite sales to the US.\n\nTwo weeks earlier, China's market regulator launched an antitrust investigation into Acme Chips.",
      '2024-12-24',
    );
    expect(titles).toContain('2024-12-09 occurred China launches antitrust investigation');
    expect(titles).toContain('2024-12-23 occurred US launches trade investigation');
  });
});

describe('a day counted from a month the sentence told', () => {
  it('is known only to that month', () => {
    const dates = extractDates(
      'Earlier in December, Washington put 60 firms on its list, and Beijing hit back a day later by banning graphite sales.',
      { published: '2024-12-24', anchor: '2024-12-23' },
    );
    expect(dates.map((d) => d.date)).toEqual([
      { start: '2024-12', precision: 'month', approximate: false },
      { start: '2024-12', precision: 'month', approximate: true },
    ]);
  });
});

describe('a measure told in the perfect with "since"', () => {
  it('began on the day "since" names', () => {
    expect(
      datedTitles('China has suspended imports of US poultry since January 2015.', '2019-11-15'),
    ).toEqual(['2015-01 occurred China suspends imports of US goods']);
  });

  it('is not dated by a "since" that only tells how long something else went on', () => {
    expect(
      datedTitles(
        'China suspended imports of US poultry, the first such step since 2015.',
        '2019-11-15',
      ),
    ).toEqual(['undated occurred China suspends imports of US goods']);
  });
});
