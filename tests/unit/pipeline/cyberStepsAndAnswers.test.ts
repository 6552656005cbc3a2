import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** The titles, days and statuses of one article's events, published on Saturday 8 Mar 2025. */
function told(text: string, published = '2025-03-08'): [string, string | null, string][] {
  return eventsOfArticle(text, published).map((e) => [e.title, e.date.start, e.status]);
}

/** The events of several articles parsed together, each as [title, day, how many sources]. */
function together(articles: [string, string][]): [string, string | null, number][] {
  return buildEventsFile(
    articles.map(([text, published], i) => ({ file: `a${i}.txt`, text, meta: { published } })),
    { knownEvents: [], curation: { merges: [], edits: [] } },
  ).file.events.map((e) => [
    e.title,
    e.date.start,
    new Set(e.mentions.map((m) => m.sourceId)).size,
  ]);
}

describe('a factbox of capital months', () => {
  it('reads "DEC 10 -" as the tenth of December', () => {
    expect(
      extractDates('* DEC 10 - The agency names the firm.', {
        published: '2025-01-18',
        anchor: '2025-01-18',
      }).map((d) => [d.text, d.date.start]),
    ).toEqual([['DEC 10', '2024-12-10']]);
  });
});

describe('the steps of a cyber intrusion', () => {
  it('tells the breached department telling lawmakers', () => {
    expect(
      told(
        'The US Commerce Department told lawmakers on Tuesday that state hackers from China had broken into its email system.',
      ).map(([title, start]) => [/discloses/.test(title), start]),
    ).toEqual([[true, '2025-03-04']]);
  });

  it('tells a vendor alerting the department', () => {
    expect(
      told(
        'A software vendor alerted the US Commerce Department on March 2 that an attacker working for China had stolen a key.',
      ).map(([, start]) => start),
    ).toEqual(['2025-03-02']);
  });

  it('ignores a minister telling lawmakers about a budget', () => {
    expect(told('The minister told lawmakers on Monday that the budget would balance.')).toEqual(
      [],
    );
  });

  it('merges two papers on one letter to lawmakers, one naming the department, one its letter', () => {
    const events = together([
      [
        '* MAR 3 - The US Commerce Department informs the Senate Finance Committee in a letter that a China state-sponsored threat actor reached some staff laptops.',
        '2025-03-08',
      ],
      [
        'The US Commerce Department told lawmakers on Monday that hackers working for the Chinese state had broken into part of its network.',
        '2025-03-05',
      ],
    ]).filter(([, start]) => start === '2025-03-03');
    expect(events.map(([, , sources]) => sources)).toEqual([2]);
    expect(events[0]?.[0]).not.toMatch(/Congress/);
  });
});

describe('sanctions by the sanctions office', () => {
  it('tells a designation by the Treasury as sanctions, not a trade list', () => {
    const events = told(
      'The Treasury on Friday blacklisted a Wuhan man and a Chengdu data company it tied to Chinese state hackers.',
    );
    expect(events.map(([title, start]) => [/sanction/.test(title), start])).toEqual([
      [true, '2025-03-07'],
    ]);
  });

  // The catch-all still reads it as a dated act of a US body (generalClauseReader.test.ts).
  it('reads no sanction in the Treasury naming a deputy', () => {
    expect(
      told('The Treasury named a new deputy secretary on Monday.').filter(([title]) =>
        /sanction/i.test(title),
      ),
    ).toEqual([]);
  });
});

describe("a ministry's dated answer", () => {
  it('tells a spokeswoman telling a briefing that China opposes hacking', () => {
    expect(
      told(
        'On Tuesday the Chinese foreign ministry spokeswoman Hua Lin told a regular briefing that China opposes all forms of hacking.',
      ).map(([title, start]) => [title.startsWith('China'), start]),
    ).toEqual([[true, '2025-03-04']]);
  });

  it('tells a spokesperson for the ministry named after "for"', () => {
    expect(
      told(
        "A spokesperson for China's Ministry of Commerce told reporters on Sunday that the US step would hurt the chip supply chain.",
      ).map(([, start]) => start),
    ).toEqual(['2025-03-02']);
  });
});

describe('a levy ended and a standing revoked', () => {
  it('reads "stop collecting the extra duties" as lifting them from the day given', () => {
    expect(
      told(
        "China's tariff commission said it would stop collecting the extra duties on US farm goods from March 10.",
      ),
    ).toEqual([['China to lift tariffs on US goods', '2025-03-10', 'planned']]);
  });

  it('tells plants taken off the list of validated end users', () => {
    expect(
      told(
        'The US Commerce Department posted a rule on Friday removing two Korean chip plants in China from its list of validated end users.',
      ),
    ).toEqual([
      ['US Commerce Department revokes validated end-user status', '2025-03-07', 'occurred'],
    ]);
  });

  it('tells a standing that ends on a day still ahead', () => {
    expect(
      told(
        'The firm said the US had told it that the validated end user (VEU) authorization for its plant in China will be revoked effective June 30.',
      ).map(([, start, status]) => [start, status]),
    ).toEqual([['2025-06-30', 'planned']]);
  });

  it('reads controls on sales of tools to China as export controls', () => {
    expect(
      told('The US imposed sweeping controls on chip tool sales to China in October 2022.').map(
        ([title, start]) => [/export controls/.test(title), start],
      ),
    ).toEqual([[true, '2022-10']]);
  });
});
