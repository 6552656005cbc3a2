import { describe, expect, it } from 'vitest';
import { FIRMS } from '../../../src/pipeline/actingSide.ts';
import { SIDE_OF } from '../../../src/pipeline/gazetteer.ts';
import { eventsOfArticles, joined, seed, sourcesOf } from './eventsOfArticles.ts';

describe('one act told by several articles, whoever the sentence names first', () => {
  it('joins a listing that names only the listed firm to the listing told with its lister', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2020-12-20',
        'His administration added Huawei to the Entity List in May 2019, and the rules tightened after that.',
      ),
      seed(
        'b.txt',
        '2023-02-17',
        'Washington placed Huawei on its Entity List on May 15, 2019, and Beijing answered with a list of its own.',
      ),
    ]);
    expect(joined(events)).toEqual([['a', 'b']]);
  });

  it('keeps apart two sides listing firms in one month', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2025-04-20',
        'Washington added Huawei and two chip designers to the Entity List in April 2025.',
      ),
      seed(
        'b.txt',
        '2025-04-20',
        'Beijing placed Huawei rivals and eleven US drone makers on its unreliable entity list on April 9, 2025.',
      ),
    ]);
    expect(joined(events)).toEqual([]);
  });
});

describe('the firms among the actors', () => {
  it('are all actors of one side', () => {
    for (const firm of FIRMS) expect(SIDE_OF.has(firm)).toBe(true);
  });
});

describe('a sentence that names both sides', () => {
  it('joins the act of the side it names first, when each side did the same that month', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2020-07-24',
        'Consulates close\n\nBeijing on Friday ordered the United States to shut its consulate general in the southwestern city of Chengdu. The State Department told China on Tuesday to close its Houston consulate within three days.',
      ),
      seed(
        'b.txt',
        '2021-03-20',
        "What the year taught\n\nThe year went from bad to worse. By July 2020 Washington had ordered China's consulate in Houston closed, and Beijing had shut the American one in Chengdu in return.",
      ),
    ]);
    const both = events.filter((e) => sourcesOf(e).length > 1);
    expect(both.map((e) => e.date.start)).toEqual(['2020-07-21']);
  });
});

describe('an event whose article dates it only in a later sentence', () => {
  const told = (day: string) =>
    seed(
      'b.txt',
      '2026-02-06',
      `Leaders talk\n\nPresident Trump says he had an excellent phone call with President Xi Jinping that covered trade and Taiwan. The ${day} phone call came hours after Xi spoke with another leader.`,
    );
  const first = seed(
    'a.txt',
    '2026-02-05',
    'Leaders call\n\nTrump and Xi held a phone call on February 4 and discussed soybeans.',
  );

  it('joins the same event told by an earlier article, once the date is known', () => {
    expect(joined(eventsOfArticles([first, told('Wednesday')]))).toEqual([['a', 'b']]);
  });

  it('stays apart when the later sentence gives another day', () => {
    expect(joined(eventsOfArticles([first, told('Friday')]))).toEqual([]);
  });
});

describe('a measure told to its year in one article and to its day in another', () => {
  const widened = seed(
    'a.txt',
    '2022-05-01',
    'Biden had expanded the ban on US investment in Chinese surveillance firms last year, adding 40 names.',
  );
  const signed = seed(
    'b.txt',
    '2021-06-05',
    'On Thursday President Biden signed an executive order that bars US investment in 40 more Chinese surveillance firms.',
  );

  it('joins the signed order and the widened ban, whichever article comes first', () => {
    expect(joined(eventsOfArticles([widened, signed]))).toEqual([['a', 'b']]);
    expect(joined(eventsOfArticles([signed, widened]))).toEqual([['a', 'b']]);
  });

  it('keeps the day the order was signed', () => {
    const [order] = eventsOfArticles([widened, signed]).filter((e) => sourcesOf(e).length > 1);
    expect(order?.date).toMatchObject({ start: '2021-06-03', precision: 'day' });
  });
});
