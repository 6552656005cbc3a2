import { describe, expect, it } from 'vitest';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

/** The titles, days and statuses of one article's events, published on Thursday 9 May 2024. */
function told(text: string): { title: string; start: string | null; status: string }[] {
  return eventsOfArticles([seed('a.txt', '2024-05-09', text)]).map((e) => ({
    title: e.title,
    start: e.date.start,
    status: e.status,
  }));
}

describe('the steps of a criminal case', () => {
  it('dates a jury’s verdict told as "found … guilty"', () => {
    expect(
      told(
        'A federal jury in Denver on Tuesday found Peter Q. Holm, a former manager at a battery maker, guilty of lying to agents about payments from a Chinese institute.',
      ),
    ).toEqual([
      { title: 'US federal court convicts defendant', start: '2024-05-07', status: 'occurred' },
    ]);
  });

  it('tells the opening of a trial and a plea as steps of their own', () => {
    const events = told(
      'The trial of the chip engineer opened on Monday in San Jose. The engineer had pleaded not guilty on March 12 to stealing designs for a Chinese rival.',
    );
    expect(events.map((e) => [e.start, e.status])).toEqual([
      ['2024-03-12', 'occurred'],
      ['2024-05-06', 'occurred'],
    ]);
  });

  it('dates an indictment told as unsealed', () => {
    expect(
      told(
        'An indictment against two Chinese intelligence officers was unsealed on Monday in Brooklyn.',
      ).map((e) => e.start),
    ).toEqual(['2024-05-06']);
  });
});

describe('a program a government starts or ends', () => {
  it('dates a launch told object first and names the program, not the side it aims at', () => {
    expect(
      told(
        'The case was brought under the Justice Department’s Red Line Initiative, the program the attorney general launched in November 2019.',
      ),
    ).toEqual([
      {
        title: 'US Justice Department launches Red Line Initiative',
        start: '2019-11',
        status: 'occurred',
      },
    ]);
  });

  it('keeps the launch and the end of one program apart', () => {
    const events = told(
      'The Commerce Department announced the Clean Network initiative on August 5, 2020. On Wednesday the department ended the initiative.',
    );
    expect(events.map((e) => [e.title, e.start])).toEqual([
      ['US Commerce Department launches Clean Network initiative', '2020-08-05'],
      ['US ends initiative', '2024-05-08'],
    ]);
  });
});
