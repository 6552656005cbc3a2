import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** The days a measure starts or runs out, as a reader of the timeline would see them. */
const planned = (text: string, published: string) =>
  eventsOfArticle(text, published)
    .filter((e) => e.status === 'planned')
    .map((e) => [e.kind, e.date?.start ?? null, e.title]);

const ORDER =
  'The White House on Monday signed an order barring Americans from buying shares in 20 Chinese chip firms.';

describe('the day a measure leaves its holders to act', () => {
  it('reads "would have until <day> next year" as a planned deadline on that day', () => {
    expect(
      planned(
        `${ORDER} Pension funds holding the stock would have until March 3 next year to divest.`,
        '2025-04-08',
      ),
    ).toEqual([['deadline', '2026-03-03', 'US deadline to fall']]);
  });

  it('puts a day of the current month in the year the words "next year" give', () => {
    expect(
      planned(
        `${ORDER} Owners of the stock will have until April 2 next year to divest.`,
        '2025-04-08',
      ).map(([, day]) => day),
    ).toEqual(['2026-04-02']);
  });

  it('reads "Unless … by <day>" as the day the measure bites', () => {
    expect(
      planned(
        'A federal court on Monday upheld a law that forces the Chinese owner of a messaging app to sell it. Unless the owner finds a buyer by March 2, stores must drop the game.',
        '2025-04-08',
      ).map(([kind, day]) => [kind, day]),
    ).toEqual([['deadline', '2026-03-02']]);
  });
});

describe('the day a measure starts', () => {
  it('reads "the ban … applies from <day>" as the ban’s planned start', () => {
    expect(
      planned(`${ORDER} The ban on new share purchases applies from July 5.`, '2025-04-08'),
    ).toEqual([['deadline', '2025-07-05', 'US ban on new share purchases to take effect']]);
  });

  it('reads "the app’s ban could start as early as <day>" as its planned start', () => {
    expect(
      planned(
        'The president on Monday signed a law that forces the Chinese owner of a messaging app to sell it. The app’s ban could start as early as March 2.',
        '2025-04-08',
      ).map(([kind, day]) => [kind, day]),
    ).toEqual([['deadline', '2026-03-02']]);
  });

  it('reads a rate "that kicks in from <day>" as the planned duty of the side told before', () => {
    expect(
      planned(
        'China on Monday announced new tariffs on $30 billion of American goods. Pork exporters face an additional 10 percent levy that kicks in from October 1.',
        '2025-04-08',
      ),
    ).toEqual([['tariffs', '2025-10-01', 'China to impose tariffs on US goods']]);
  });

  it('reads nothing into a law that has applied for years', () => {
    expect(planned('The law has applied since 2019.', '2025-04-08')).toEqual([]);
  });
});

describe('a calendar of the steps ahead', () => {
  const article = [
    'Last Tuesday, the Commerce Department opened an anti-dumping investigation of Chinese solar panels.',
    '',
    'CALENDAR',
    '- Oct. 2: deadline for public comments on the case',
    '- Oct. 9: hearing on injury before the commission',
    '- Oct. 5: members-only lunch on freight rates',
    '',
    'Write to us with questions.',
  ].join('\n');

  it('reads each line of a side’s step as planned for its day, under the story’s actor', () => {
    expect(planned(article, '2025-09-08')).toEqual([
      [
        'deadline',
        '2025-10-02',
        'US Commerce Department: deadline for public comments on the case',
      ],
      ['deadline', '2025-10-09', 'US Commerce Department: hearing on injury before the commission'],
    ]);
  });

  it('reads no step into a calendar whose days have passed', () => {
    expect(planned(article, '2025-10-20')).toEqual([]);
  });
});
