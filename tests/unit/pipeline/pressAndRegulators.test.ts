import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

const rows = (text: string, published: string) =>
  eventsOfArticle(text, published).map((e) => [e.kind, e.date.start, e.status, e.title]);

describe("the other side's press", () => {
  it('reads press cards taken back as journalists expelled, on the day the paragraph tells', () => {
    expect(
      rows(
        'This morning the foreign ministry announced countermeasures against three American newspapers. ' +
          'Reporters for the three US dailies whose press cards run out this year must hand them back within a week.',
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
          'In a short note, the secretary said the department would work with border officials to cancel visas of Chinese students.',
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
