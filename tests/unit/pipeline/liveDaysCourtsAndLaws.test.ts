import { describe, expect, it } from 'vitest';
import { blockHeadingDay } from '../../../src/pipeline/datedHeading.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';
import { eventsOfArticles, seed, sourcesOf } from './eventsOfArticles.ts';
import { heading } from './headingSegment.ts';

const told = (published: string, text: string) =>
  eventsOfArticle(text, published).map((e) => [e.title, e.date.start, e.status]);

describe('a live page heads each earlier day with its weekday', () => {
  it('reads a bare weekday as the latest such day on or before publication', () => {
    // Monday 16 March 2026.
    expect(blockHeadingDay(heading('Saturday'), '2026-03-16')?.start).toBe('2026-03-14');
    expect(blockHeadingDay(heading('Monday'), '2026-03-16')?.start).toBe('2026-03-16');
    expect(blockHeadingDay(heading("Saturday's updates in brief"), '2026-03-16')).toBeNull();
  });

  it('counts "yesterday" under a day heading from that day', () => {
    const page = [
      'LIVE: Chip tool ban, day by day',
      'Monday, March 16, 2026',
      '',
      'Saturday',
      '',
      '6:40 p.m.',
      'China summoned the US ambassador yesterday over the ban.',
      'WeChat has gone dark in the United States.',
    ].join('\n');
    const events = told('2026-03-16', page);
    expect(events).toContainEqual(['China summons US ambassador', '2026-03-13', 'occurred']);
    expect(events).toContainEqual(['WeChat goes dark in US', '2026-03-14', 'occurred']);
  });

  it('reads a heading that is only a date the same way, unless it lies ahead', () => {
    expect(blockHeadingDay(heading('Saturday, March 14'), '2026-03-16')?.start).toBe('2026-03-14');
    expect(blockHeadingDay(heading('March 13'), '2026-03-16')?.start).toBe('2026-03-13');
    expect(blockHeadingDay(heading('March 20'), '2026-03-16')).toBeNull();
    expect(blockHeadingDay(heading('Talks resume on March 13'), '2026-03-16')).toBeNull();
  });

  it('dates the updates under it, told in the present perfect, to that day', () => {
    const page = [
      'LIVE: Chip tool ban, day by day',
      'Monday, March 16, 2026',
      '',
      '9:05 a.m.',
      'Markets open lower in Asia.',
      '',
      'Saturday',
      '',
      '6:40 p.m.',
      'WeChat has gone dark for American users.',
      '',
      'Friday',
      '',
      '11:15 a.m.',
      'The Supreme Court has unanimously upheld the export ban on the chip tools.',
    ].join('\n');
    const events = told('2026-03-16', page);
    expect(events).toContainEqual(['WeChat goes dark', '2026-03-14', 'occurred']);
    expect(events).toContainEqual(['US Supreme Court upholds the ban', '2026-03-13', 'occurred']);
  });
});

describe('the steps of a court case', () => {
  it('titles a refused plea by what it leaves standing', () => {
    expect(
      told(
        '2026-06-13',
        "A U.S. appeals court on Thursday turned away Huawei's bid to block the ban on its routers.",
      ),
    ).toEqual([['US appeals court upholds Huawei ban', '2026-06-11', 'occurred']]);
  });

  it('tells the suit and the hearing apart, each on its own month', () => {
    const events = told(
      '2026-09-01',
      'Huawei sued the Commerce Department in March, and the court heard oral arguments in June.',
    );
    expect(events).toContainEqual(['Huawei files lawsuit', '2026-03', 'occurred']);
    expect(events).toContainEqual(['Court hears arguments in Huawei case', '2026-06', 'occurred']);
  });
});

describe('a bill through Congress', () => {
  it('reads a named Act with small words in it, and the signing of "it" in its month', () => {
    const events = told(
      '2026-09-01',
      'Congress passed the Protection of Ports from Hostile Cranes Act in May, and President Trump signed it at a White House ceremony.',
    );
    expect(events).toContainEqual(['US Congress passes bill', '2026-05', 'occurred']);
    expect(events).toContainEqual(['Trump signs bill into law', '2026-05', 'occurred']);
  });

  it('reads "signed it" in the next sentence as the signing of the bill passed before', () => {
    expect(
      told(
        '2026-05-23',
        'The Senate passed the ports bill on Tuesday. President Trump signed it on Friday.',
      ),
    ).toEqual([
      ['US Congress passes bill', '2026-05-19', 'occurred'],
      ['Trump signs bill into law', '2026-05-22', 'occurred'],
    ]);
    expect(
      told('2026-05-20', 'Beijing signed the deal on Monday. President Xi signed it too.').map(
        ([title]) => title,
      ),
    ).toEqual(['China and US reach agreement']);
  });

  it('titles a chamber approving or clearing a package as its passage', () => {
    expect(told('2026-04-22', 'The Senate approved the spending package late on Monday.')).toEqual([
      ['US Congress passes bill', '2026-04-20', 'occurred'],
    ]);
    expect(
      told('2026-08-10', 'Congress cleared the bill late last month with votes from both parties.'),
    ).toEqual([['US Congress passes bill', '2026-07', 'occurred']]);
  });

  it('reads a law named before the one who signed it', () => {
    expect(
      told(
        '2026-02-02',
        'The rules come on top of the port security law Trump signed in March 2019.',
      ),
    ).toEqual([['Trump signs bill into law', '2019-03', 'occurred']]);
  });

  it('reads a chamber passing a law, and a law signed by a former president', () => {
    expect(told('2026-02-02', 'Congress passed a law in May 2024 barring the app.')).toEqual([
      ['US Congress passes bill', '2024-05', 'occurred'],
    ]);
    expect(
      told(
        '2026-02-02',
        'The rules rest on the Clean Ports Act, which former US president Donald Trump signed in December 2020.',
      ).map(([, start]) => start),
    ).toEqual(['2020-12']);
  });

  it('reads a law signed by someone, named after "by"', () => {
    expect(
      told(
        '2026-02-02',
        'The ports law, signed by President Trump in May 2024, takes effect on March 1.',
      ).filter(([title]) => String(title).includes('signs')),
    ).toEqual([['Trump signs bill into law', '2024-05', 'occurred']]);
  });

  it('reads a law a president signs as lawmaking, not an executive order', () => {
    expect(
      told(
        '2026-05-14',
        'President Trump has signed a law barring WeChat from American app stores. ' +
          'Trump signed the Clean Networks Act in the Rose Garden on Tuesday.',
      ),
    ).toEqual([['Trump signs bill into law', '2026-05-12', 'occurred']]);
  });

  it('joins a signing retold as "signed it" to the signing another article dated', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2026-05-14',
        'President Trump on Wednesday signed into law a bill that bars WeChat from American app stores.',
      ),
      seed(
        'b.txt',
        '2026-09-01',
        'Congress passed the measure in May, and President Trump signed it as part of a spending deal.',
      ),
    ]);
    const signing = events.find((e) => e.title.startsWith('Trump signs'));
    expect(signing?.date.start).toBe('2026-05-13');
    expect(signing === undefined ? [] : sourcesOf(signing)).toEqual(['a', 'b']);
  });
});
