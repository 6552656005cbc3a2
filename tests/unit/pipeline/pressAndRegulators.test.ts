import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';
import { eventsOfArticles, seed, sourcesOf } from './eventsOfArticles.ts';

const rows = (text: string, published: string) =>
  eventsOfArticle(text, published).map((e) => [e.kind, e.date.start, e.status, e.title]);

describe("the other side's press", () => {
  it('reads press cards taken back as journalists expelled, on the day the paragraph tells', () => {
    expect(
      rows(
        'The foreign ministry briefed reporters in Beijing early today. ' +
          'Reporters for the three US dailies whose press cards run out this year have to turn them in before the month is out.',
        '2021-06-10',
      ),
    ).toEqual([['expulsion', '2021-06-10', 'occurred', 'China expels US journalists']]);
  });

  it('tells credentials revoked as such, by the side that revoked them', () => {
    expect(
      rows(
        'Last month Beijing revoked the press credentials of two American correspondents over a column.',
        '2021-06-10',
      ),
    ).toEqual([
      ['expulsion', '2021-05', 'occurred', 'China revokes press credentials of US journalists'],
    ]);
  });

  it('names the outlets designated as foreign missions and the cap on their staff', () => {
    const titles = rows(
      'On June 3 the State Department labelled four Chinese broadcasters foreign missions. ' +
        'On June 8 Washington announced a staffing cap that holds the outlets to 60 employees.',
      '2021-06-10',
    );
    expect(titles).toEqual([
      [
        'media-restriction',
        '2021-06-03',
        'occurred',
        'US State Department designates Chinese media outlets as foreign missions',
      ],
      ['media-restriction', '2021-06-08', 'occurred', 'US caps staff of Chinese media outlets'],
    ]);
  });
});

describe('who may enter', () => {
  it('dates a plan to cancel visas by the day it was announced, and folds its retelling into it', () => {
    expect(
      rows(
        'The secretary of state said on Tuesday that the United States would "swiftly cancel" visas held by Chinese graduate students.\n\n' +
          'In a short note, the secretary said the department would work with border officials to revoke the visas of those students.',
        '2021-06-10',
      ),
    ).toEqual([
      ['visas', '2021-06-08', 'occurred', 'US says it will revoke visas of Chinese students'],
    ]);
  });

  it('tells an order that suspends the entry of students by its day', () => {
    expect(
      rows(
        'On June 4, 2020, the president signed an order that suspended entry for Chinese doctoral students in some fields.',
        '2021-06-10',
      ),
    ).toEqual([['visas', '2020-06-04', 'occurred', 'US suspends entry of Chinese students']]);
  });
});

describe("regulators and the other side's firms", () => {
  it('tells a failed security review and the opening of the review as two events', () => {
    expect(
      rows(
        "China's internet regulator said on Friday that the processors Intel sells there had failed its cybersecurity review.\n\n" +
          'The watchdog had opened the review in early April.',
        '2024-09-16',
      ),
    ).toEqual([
      ['security-review', '2024-04', 'occurred', 'Watchdog opens security review'],
      ['security-review', '2024-09-13', 'occurred', 'China says Intel failed security review'],
    ]);
  });

  it('joins two articles on one failed review', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2024-09-16',
        "China's internet regulator said on Friday that the processors Intel sells there had failed its cybersecurity review.",
      ),
      seed(
        'b.txt',
        '2025-02-01',
        'In September 2024 the Chinese internet regulator ruled that Intel processors had not passed a cybersecurity review.',
      ),
    ]);
    expect(events.map((e) => [e.date.start, e.title, sourcesOf(e)])).toEqual([
      ['2024-09-13', 'China says Intel failed security review', ['a', 'b']],
    ]);
  });

  it('tells a firm summoned by a regulator, not an envoy summoned', () => {
    expect(
      rows(
        'On Tuesday the internet regulator summoned Apple representatives over data risks in its phones.',
        '2024-09-16',
      ),
    ).toEqual([
      ['regulator-summons', '2024-09-10', 'occurred', 'China summons Apple over security concerns'],
    ]);
  });
});

describe('allies on coercion', () => {
  it('dates the allies\' statement a day before the news it "came a day after"', () => {
    expect(
      rows(
        "China's internet regulator ruled on Sunday that the processors Intel sells there had failed its cybersecurity review.\n\n" +
          'The ruling came a day after G7 leaders, meeting in a port city, agreed on a common line against economic coercion.',
        '2024-09-16',
      ),
    ).toEqual([
      ['bloc-statement', '2024-09-14', 'occurred', 'G7 agrees on steps against economic coercion'],
      ['security-review', '2024-09-15', 'occurred', 'China says Intel failed security review'],
    ]);
  });

  it('leaves an undated statement of the allies as background', () => {
    expect(
      rows('G7 leaders have agreed on a common line against economic coercion.', '2024-09-16'),
    ).toEqual([]);
  });
});
