import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';
import { eventsOfArticles, joined, seed } from './eventsOfArticles.ts';

/**
 * Steps still ahead of the day of writing, told beside the acts already done: a call the two
 * sides agreed to hold, a rate that rises on a later day, a law that takes effect on its day.
 */
const told = (text: string, published: string) =>
  eventsOfArticle(text, published).map((e) => ({
    kind: e.kind,
    start: e.date.start,
    status: e.status,
  }));

const found = (sentence: string, published: string) =>
  detectSentence(sentence, published).map((d) => ({
    kind: d.kind,
    trigger: sentence.slice(d.triggerStart, d.triggerEnd),
    status: d.status,
    start: d.date?.start ?? null,
  }));

describe('a call promised by a participle after the talks', () => {
  it('is a planned call, apart from the talks held', () => {
    const sentence =
      'The two defence chiefs held talks in Jakarta on Friday, agreeing to resume phone calls between their fleet commanders in the coming months.';
    expect(found(sentence, '2025-10-05')).toEqual([
      { kind: 'talks', trigger: 'held talks', status: 'occurred', start: '2025-10-03' },
      { kind: 'phone-call', trigger: 'resume phone calls', status: 'planned', start: '2025' },
    ]);
  });

  it('leaves a deal named after "agreeing to" a deal made', () => {
    const sentence =
      'The two presidents held talks on Monday, their first since agreeing to a tariff truce last month.';
    expect(found(sentence, '2025-11-25').map((d) => d.status)).not.toContain('planned');
  });

  it('reads calls held as a practice as calls', () => {
    expect(found('The fleet commanders will hold calls later this year.', '2025-03-05')).toEqual([
      { kind: 'phone-call', trigger: 'hold calls', status: 'planned', start: '2025' },
    ]);
  });
});

describe('a plan set "in the coming weeks"', () => {
  it('falls in the month a fortnight after the day of writing', () => {
    expect(
      found('The two presidents will speak by phone in the coming weeks.', '2025-09-25'),
    ).toEqual([
      { kind: 'phone-call', trigger: 'speak by phone', status: 'planned', start: '2025-10' },
    ]);
  });

  it('gives no date to what was done', () => {
    expect(
      found('The two ministers spoke by phone, their first call in the past weeks.', '2025-09-25'),
    ).toEqual([{ kind: 'phone-call', trigger: 'spoke by phone', status: 'occurred', start: null }]);
  });
});

describe('a measure that takes effect on its day', () => {
  it('reads a present "take effect" before a day without a year as a day ahead', () => {
    // The text told a day of the year before just now; the start is still this year's.
    const [date] = extractDates('The new port fees, which take effect December 1, cover tankers.', {
      published: '2025-10-21',
      anchor: '2024-11-20',
      yearTold: 2024,
    });
    expect(date?.date.start).toBe('2025-12-01');
  });

  it('dates a law’s start by the day after "takes effect", not by its signing in an aside', () => {
    const events = told(
      'The law, which the president signed in April, takes effect on March 2 unless a court blocks it.',
      '2025-10-05',
    );
    expect(events).toContainEqual({ kind: 'deadline', start: '2026-03-02', status: 'planned' });
  });

  it('reads "the cuts take effect" as the start of the cuts the story led with', () => {
    const events = told(
      'China said on Monday it will halve its extra tariffs on $20 billion of American farm goods.\n\nOfficials gave no reason. The cuts take effect on May 2.',
      '2025-04-08',
    );
    expect(events).toContainEqual({ kind: 'tariffs', start: '2025-05-02', status: 'planned' });
  });

  it('does not start the duties of a year before', () => {
    const events = told(
      'Beijing hit American pork with extra duties in March last year.\n\nFarmers are still waiting. The cuts take effect on May 2.',
      '2025-04-08',
    );
    expect(events.filter((e) => e.status === 'planned')).toEqual([]);
  });
});

describe('a rate due to move on a day ahead', () => {
  it('is a planned tariff step on that day, not on the day of the order told after a comma', () => {
    expect(
      found(
        'The customs charge on small parcels is set to rise to $75 an item on July 1, under the order the president signed on April 2.',
        '2025-05-03',
      ),
    ).toContainEqual({
      kind: 'tariffs',
      trigger: 'customs charge on small parcels is set to rise',
      status: 'planned',
      start: '2025-07-01',
    });
  });

  it('reads "cut in half the extra duties" as a tariff cut', () => {
    expect(
      found('Beijing will cut in half the extra duties on American pork.', '2025-05-03'),
    ).toEqual([
      {
        kind: 'tariffs',
        trigger: 'cut in half the extra duties',
        status: 'planned',
        start: null,
      },
    ]);
  });
});

describe('an order to be issued on a day', () => {
  it('is planned for that day, the day of writing when it is "today"', () => {
    expect(
      found(
        'On Thursday evening the president wrote that he would issue an executive order on Friday, that is today, to delay the ban.',
        '2025-03-07',
      ),
    ).toEqual([
      {
        kind: 'policy',
        trigger: 'issue an executive order',
        status: 'planned',
        start: '2025-03-07',
      },
    ]);
  });
});

describe('an obligation that falls due on a day', () => {
  it('reads "must sell … by <day>" as a planned deadline on that day', () => {
    expect(
      told(
        'The president signed the bill on Tuesday. Under the law the owner must sell the app by March 19.',
        '2025-02-05',
      ),
    ).toContainEqual({ kind: 'deadline', start: '2025-03-19', status: 'planned' });
  });

  it('reads no deadline into an approval by a body', () => {
    expect(
      found('The deal must be approved by Congress by March 19.', '2025-02-05').map((d) => d.kind),
    ).not.toContain('deadline');
  });
});

describe('duties lifted or paused ahead', () => {
  it('reads "stop collecting the extra duties from <day>" as a planned lift on that day', () => {
    const [d] = detectSentence(
      'The ministry said it would stop collecting the extra duties on US pork from May 2.',
      '2025-04-08',
    );
    expect([d?.kind, d?.action, d?.status, d?.date?.start]).toEqual([
      'tariffs',
      'lift',
      'planned',
      '2025-05-02',
    ]);
  });

  it('dates a pause "for one year" of a duty apart from the month the duty was imposed', () => {
    expect(
      found(
        'Beijing will also suspend for one year the extra tariff it imposed on US pork in April.',
        '2025-11-05',
      ),
    ).toEqual([
      {
        kind: 'tariffs',
        trigger: 'suspend for one year the extra tariff',
        status: 'planned',
        start: null,
      },
    ]);
  });
});

describe('a second step of a trip, with its own day after a long name', () => {
  it('takes the day its own phrase gives, not the day of the step before the "and"', () => {
    expect(
      found(
        'The secretary is due to fly to Jakarta on Monday and to hold talks with Foreign Minister Anwar Hidayat on Tuesday.',
        '2025-06-01',
      ),
    ).toContainEqual({
      kind: 'talks',
      trigger: 'hold talks',
      status: 'planned',
      start: '2025-06-03',
    });
  });
});

describe('an arrangement kept in place until a day', () => {
  it('runs out on that day, a planned deadline beside the order that keeps it', () => {
    expect(
      found(
        'The executive order, which the president announced on Monday, keeps the extra U.S. duties on steel at 25% until March 9.',
        '2025-08-12',
      ),
    ).toContainEqual({
      kind: 'deadline',
      trigger: 'until',
      status: 'planned',
      start: '2026-03-09',
    });
  });

  it('is no deadline when nothing is kept to a day', () => {
    expect(
      found('She kept the shop open until midnight.', '2025-08-12').map((d) => d.kind),
    ).toEqual([]);
  });
});

describe('a measure put off to a day ahead', () => {
  it('is a planned step on that day, beside the delay done now', () => {
    expect(
      found(
        'On Monday Washington postponed the new tariffs on Chinese toys to March 9.',
        '2025-03-04',
      ),
    ).toEqual([
      {
        kind: 'tariffs',
        trigger: 'postponed the new tariffs',
        status: 'occurred',
        start: '2025-03-03',
      },
      {
        kind: 'tariffs',
        trigger: 'postponed the new tariffs',
        status: 'planned',
        start: '2025-03-09',
      },
    ]);
  });

  it('is no second step when the new day has passed', () => {
    expect(
      found(
        'In February Washington postponed the new tariffs on Chinese toys to March 9, 2025.',
        '2025-06-04',
      ).map((d) => d.status),
    ).toEqual(['occurred']);
  });
});

describe('the limit a wait ran to', () => {
  it('dates the act that came then, as done', () => {
    expect(
      found(
        'It took until March 2021 for the two ministers to sign the shipping agreement in Oslo.',
        '2025-03-04',
      ),
    ).toEqual([
      {
        kind: 'agreement',
        trigger: 'sign the shipping agreement',
        status: 'occurred',
        start: '2021-03',
      },
    ]);
  });
});

describe('a dismissal set for after a day', () => {
  it('is a planned step of the case, dated by the day "after which" it comes', () => {
    expect(
      found(
        'Under the agreement the case is deferred until May 3, 2026, after which the charges are to be dropped if the terms are kept.',
        '2025-03-04',
      ),
    ).toContainEqual({
      kind: 'legal-case',
      trigger: 'charges are to be dropped',
      status: 'planned',
      start: '2026-05-03',
    });
  });
});

describe('a measure put off, told in the passive', () => {
  it('is a planned start on the day it is put off to', () => {
    expect(
      found('The stricter curbs on the app were put off until March 9.', '2025-03-04'),
    ).toEqual([
      {
        kind: 'deadline',
        trigger: 'curbs on the app were put off until',
        status: 'planned',
        start: '2025-03-09',
      },
    ]);
  });
});

describe('a measure named as what talks are about', () => {
  it('is no measure taken, and leaves its date to the talks', () => {
    expect(
      found('The two sides plan talks on export controls in the spring.', '2025-02-05'),
    ).toEqual([{ kind: 'talks', trigger: 'talks', status: 'planned', start: '2025-04' }]);
  });
});

describe('a plan told by one article and a call told done by another', () => {
  const plan = seed(
    'a.txt',
    '2025-01-20',
    'American and Chinese envoys agreed to work towards a phone call between the US and Chinese presidents, which an official said should take place in the spring.',
  );
  const again = seed(
    'c.txt',
    '2025-02-03',
    'The US and Chinese presidents are expected to speak by phone in April, an official said.',
  );
  const done = seed(
    'b.txt',
    '2025-06-02',
    'US Defense Secretary Ortega and Chinese Defense Minister Lindqvist first spoke by video call in April.',
  );

  it('stay two events when the plan names no person of the call', () => {
    expect(joined(eventsOfArticles([plan, again, done]))).toEqual([['a', 'c']]);
    expect(eventsOfArticles([plan, again, done]).map((e) => [e.date.start, e.status])).toEqual([
      ['2025-04', 'planned'],
      ['2025-04', 'occurred'],
    ]);
  });
});
