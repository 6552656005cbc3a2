import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

describe('firms put on a list the article names', () => {
  it('are listings, each on its own date, a second one told by a pronoun after "and"', () => {
    expect(
      datedTitles(
        'The department added seven supercomputing centres to the Entity List on Thursday. Two years ago the Commerce Department put Huawei Cloud on the list during May 2019, and in June 2019 it added six makers of supercomputers.',
        '2021-04-09',
      ),
    ).toEqual([
      '2019-05 occurred US Commerce Department adds Huawei to entity list',
      '2019-06 occurred US Commerce Department adds Chinese firms to entity list',
      '2021-04-08 occurred US adds Chinese firms to entity list',
    ]);
  });
});

describe('a committee taking up a bill', () => {
  it('is a planned step on its own day, apart from the bill told the same day as the news', () => {
    expect(
      datedTitles(
        'The Commerce Department added seven supercomputing centres to the Entity List on Thursday. The same day the Senate unveiled a port-security bill, which the panel plans to take up on April 20.',
        '2021-04-09',
      ),
    ).toEqual([
      '2021-04-08 occurred US Commerce Department adds Chinese firms to entity list',
      '2021-04-08 occurred US Congress introduces bill',
      '2021-04-20 planned US Congress to take up bill',
    ]);
  });
});

describe("a government's word", () => {
  it('is the side its adjective names when a news agency carries it', () => {
    expect(
      datedTitles(
        'The official news agency ran a brief Chinese statement on Thursday.',
        '2021-04-09',
      ),
    ).toEqual(['2021-04-08 occurred China statement']);
  });

  it("is a cabinet member's dated saying about the other side, not any saying", () => {
    expect(
      datedTitles(
        "Commerce Secretary Jane Roe said on Thursday that the US expects deep reform of China's farm rules.",
        '2021-04-09',
      ),
    ).toHaveLength(1);
    expect(
      datedTitles(
        'Treasury Secretary Jane Roe said on Thursday that the weather was fine.',
        '2021-04-09',
      ),
    ).toEqual([]);
  });
});

describe('a speech to a forum', () => {
  it('is planned when due or told as a headline infinitive, occurred when told', () => {
    const published = '2023-06-04';
    expect(
      datedTitles(
        // A news scroll: its first line is the page's headline, not an item.
        'News scroll, Sunday, June 4\n\n06:02  SECURITY FORUM /// DAY 3 IN SINGAPORE TODAY\n\n06:40  CHINA DEFENCE MINISTER WEI LAN TO SPEAK THIS MORNING ON REGIONAL ORDER',
        published,
      ),
    ).toEqual(['2023-06-04 planned China to give speech']);
    expect(
      datedTitles(
        'Defense Secretary Lloyd Austin is set to deliver a keynote speech to the conference later today.',
        published,
      ),
    ).toEqual(['2023-06-04 planned Austin to give speech']);
    expect(
      datedTitles(
        'Defense Secretary Lloyd Austin told the forum on Saturday that the time to talk is now.',
        published,
      ),
    ).toEqual(['2023-06-03 occurred Austin gives speech']);
  });
});
