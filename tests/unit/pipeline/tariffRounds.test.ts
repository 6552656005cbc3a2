import { describe, expect, it } from 'vitest';
import { knownEventsFileSchema } from '../../../src/pipeline/knownEventSchema.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** Tariff rounds as the news tells them: by their rates, their clock times and their start days. */
const tariffEvents = (text: string, published: string) =>
  eventsOfArticle(text, published)
    .filter((e) => e.kind === 'tariffs')
    .map((e) => [e.date?.start ?? null, e.status]);

const verbalTariff = (sentence: string) =>
  detectSentence(sentence).some((d) => d.kind === 'tariffs' && d.verbal);

describe('a tariff round told by its rate', () => {
  it('reads a rate that "will rise to" a level as a tariff act', () => {
    expect(
      verbalTariff('The ministry says extra duties on American grain will rise to 40% from 25%.'),
    ).toBe(true);
  });

  it('reads a rate levied "on" goods as the duty itself', () => {
    expect(verbalTariff('The commission will levy an extra 12% on US pork and beef.')).toBe(true);
    expect(verbalTariff('The agency will levy a fee on late filings.')).toBe(false);
  });

  it('reads a side that "answered ... with" a duty as imposing it', () => {
    expect(verbalTariff('Ottawa answered a week later with a 20% duty on US lumber.')).toBe(true);
    expect(verbalTariff('The minister answered with a smile when asked about duties.')).toBe(false);
  });

  it('reads a tariff "applied" as imposed', () => {
    expect(verbalTariff('When Washington applied its first 25% steel tariff, exports fell.')).toBe(
      true,
    );
  });

  it('reads "announces counter-tariffs" as an act, not a bare noun', () => {
    expect(verbalTariff('Ottawa announces counter-tariffs on American steel.')).toBe(true);
  });

  it('keeps "from China" inside the subject of a duty that took effect', () => {
    expect(verbalTariff('The 15% duty on all steel from China took effect at midnight.')).toBe(
      true,
    );
  });
});

describe('a tariff act told as the day’s news', () => {
  it('dates a duty that took effect at a clock time by the day of writing', () => {
    expect(
      tariffEvents(
        'The new 15% duty on Chinese solar panels took effect at 12:01 a.m. Eastern time.',
        '2025-06-03',
      ),
    ).toEqual([['2025-06-03', 'occurred']]);
  });

  it('gives no day to a duty that took effect at no told time', () => {
    expect(
      tariffEvents(
        'The new 15% duty on Chinese solar panels took effect, officials said.',
        '2025-06-03',
      ),
    ).not.toContainEqual(['2025-06-03', 'occurred']);
  });

  it('splits a rate announced today to start later into the announcement and the start', () => {
    expect(
      tariffEvents(
        'Beijing said today it will raise tariffs on about forty billion dollars of American goods, starting July 1.',
        '2025-06-03',
      ),
    ).toEqual([
      ['2025-06-03', 'occurred'],
      ['2025-07-01', 'planned'],
    ]);
  });

  it('reads "says ... will rise" with no day as announced on the day of writing', () => {
    expect(
      tariffEvents(
        'China’s commerce ministry says duties on US soybeans will rise to 30% from 10%.',
        '2025-06-03',
      ),
    ).toEqual([['2025-06-03', 'occurred']]);
  });

  it('keeps a rate said to rise in a past week a plan of that week, not today’s news', () => {
    expect(
      tariffEvents(
        'Last month the ministry said duties on US soybeans would rise to 30% from 10%.',
        '2025-06-03',
      ).every(([date]) => date !== '2025-06-03'),
    ).toBe(true);
  });
});

describe('the start of a rate told in the next sentence', () => {
  it('reads "They take effect on <day>" after an announced rate as its planned start', () => {
    expect(
      tariffEvents(
        'The commerce ministry says duties on American pork will rise to 30% from 10%. They take effect on June 9.',
        '2025-06-03',
      ),
    ).toEqual([
      ['2025-06-03', 'occurred'],
      ['2025-06-09', 'planned'],
    ]);
  });

  it('reads the start of a cut told by its noun, even with a clock time before the day', () => {
    expect(
      tariffEvents(
        'On Thursday the ministry said it would halve duties on $20 billion of US farm goods. The cuts take effect at 12:01 a.m. on March 14.',
        '2025-03-07',
      ),
    ).toEqual([
      ['2025-03-06', 'occurred'],
      ['2025-03-14', 'planned'],
    ]);
  });

  it('reads nothing into "They take effect" after a sentence with no tariff act', () => {
    expect(
      tariffEvents(
        'The regulator published new safety rules for toys. They take effect on June 9.',
        '2025-06-03',
      ),
    ).toEqual([]);
  });
});

describe('a peak told as background', () => {
  it('dates a peak "in <month>" in the past, whatever the main clause’s tense', () => {
    expect(
      tariffEvents(
        'The truce, which cut duties on Chinese steel from a peak of 60% in March, is due to expire on November 10.',
        '2025-09-16',
      ),
    ).toContainEqual(['2025-03', 'occurred']);
  });

  it('reads "duties peaked at <rate> in <month>" as the rise to that peak', () => {
    const events = eventsOfArticle(
      'The deal came a month after US duties on Chinese steel peaked at 60% in March.',
      '2025-09-16',
    ).filter((e) => e.kind === 'tariffs');
    expect(events.map((e) => [e.date?.start, e.title])).toEqual([
      ['2025-03', 'US raises tariffs on Chinese goods'],
    ]);
  });

  it('keeps a forecast peak ahead', () => {
    expect(
      tariffEvents('Duties on Chinese steel are set to peak at 60% in March.', '2025-09-16'),
    ).not.toContainEqual(['2025-03', 'occurred']);
  });
});

describe('a round and the answer to it, told in one sentence', () => {
  const registry = knownEventsFileSchema.parse({
    events: [
      {
        id: 'china-pork-duties',
        kind: 'tariffs',
        title: 'China answers with duties on US pork',
        date: { start: '2025-06-02', precision: 'day', approximate: false },
        status: 'occurred',
        themes: ['trade'],
        actors: ['China'],
        places: [],
        aliases: ['\\bduties\\s+on\\s+(?:US\\s+)?pork\\b'],
        source: 'A test entry.',
      },
    ],
  }).events;

  it('links only the answering side’s act to the answer’s registry entry', () => {
    const titles = eventsOfArticle(
      'When Washington applied its new 25% steel tariff this month, Beijing answered with duties on US pork.',
      '2025-06-05',
      registry,
    )
      .filter((e) => e.kind === 'tariffs')
      .map((e) => e.title)
      .sort();
    expect(titles).toEqual([
      'China answers with duties on US pork',
      'US imposes tariffs on Chinese goods',
    ]);
  });
});

describe('who sets China’s duties', () => {
  it('reads the Tariff Commission as China', () => {
    expect(
      eventsOfArticle(
        'The Tariff Commission says it will levy an extra 12% on US pork.',
        '2025-06-03',
      ).map((e) => e.title),
    ).toEqual(['China imposes tariffs on US goods']);
  });
});

describe('a rise put off', () => {
  it('reads "put off raising tariffs … until <day>" as the rise now due that day', () => {
    expect(
      eventsOfArticle(
        'Under the truce, Washington put off raising tariffs on Chinese steel from 15 percent to 30 percent until April 5.',
        '2025-02-10',
      ).map((e) => [e.title, e.date?.start ?? null, e.status]),
    ).toEqual([['US to raise tariffs on Chinese goods', '2025-04-05', 'planned']]);
  });

  it('reads a rise put off with no limit as a pause, not a rise', () => {
    expect(
      eventsOfArticle(
        'On Monday Washington put off raising tariffs on Chinese steel from 15 percent to 30 percent.',
        '2025-02-10',
      ).map((e) => e.title),
    ).toEqual(['US pauses tariffs on Chinese goods']);
  });
});

describe('the level the duties reach, for the side they fall on', () => {
  it('reads "bring the combined rate to <rate>" as a tariff act', () => {
    expect(verbalTariff('The new levies bring the combined rate on Chinese steel to 60%.')).toBe(
      true,
    );
  });

  it('reads duties named by their owner as that side’s, when no one else is named', () => {
    expect(
      eventsOfArticle('The new Chinese duties apply from June 9.', '2025-06-03').map(
        (e) => e.title,
      ),
    ).toEqual(['China to impose tariffs on US goods']);
  });

  it('reads a side set before the comma as the one the rate falls on', () => {
    expect(
      eventsOfArticle(
        'For China, the duties stacked up since January bring the combined rate to 60%.',
        '2025-06-03',
      ).map((e) => e.title),
    ).toEqual(['US imposes tariffs on Chinese goods']);
  });
});

describe('a suspended duty brought back', () => {
  it('reads "restore its suspended duty … from <day>" as a planned reinstatement, not a pause', () => {
    const events = eventsOfArticle(
      'Ottawa also said it would restore its suspended 20 percent tariff on US-made trucks from November 1.',
      '2025-04-08',
    ).filter((e) => e.kind === 'tariffs');
    expect(events.map((e) => [e.date?.start ?? null, e.status])).toEqual([
      ['2025-11-01', 'planned'],
    ]);
    expect(events.map((e) => e.title).join(' ')).not.toMatch(/pause/i);
  });
});

describe('a rise posted after an earlier telling of the same day', () => {
  it('dates the post by the paragraph’s day and its start by the day it names', () => {
    expect(
      tariffEvents(
        'The minister on Tuesday warned that duties on US lumber were coming. Later she went further, posting that the levy on $90 billion of American lumber would climb to 35 percent from November 1.',
        '2025-04-10',
      ),
    ).toEqual([
      ['2025-04-08', 'occurred'],
      ['2025-11-01', 'planned'],
    ]);
  });
});
