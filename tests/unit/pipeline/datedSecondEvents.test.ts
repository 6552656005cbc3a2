import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { knownEventsFileSchema } from '../../../src/pipeline/knownEventSchema.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

/**
 * An article about one event often tells a second one, with its own date, in a sentence of its
 * own: a meeting on the visit's second day, an envoy summoned, a rate that rises next year.
 */
const found = (sentence: string, published: string) =>
  detectSentence(sentence, published).map((d) => [d.kind, d.date?.start ?? null, d.status]);

describe('a dated second event in its own sentence', () => {
  it('finds a meeting with a visitor the sentence names by a pronoun', () => {
    expect(
      found('On Friday, the premier met with her at the Great Hall of the People.', '2024-03-09'),
    ).toContainEqual(['meeting', '2024-03-08', 'occurred']);
    expect(
      found('He said the vice premier would meet him in Beijing on Monday.', '2024-03-09'),
    ).toContainEqual(['meeting', '2024-03-11', 'planned']);
    expect(found('Beijing urged Washington to meet them halfway.', '2024-03-09')).toEqual([]);
  });
});

describe('an envoy summoned, named by title', () => {
  it('reads "summoned Ambassador <name>" as the envoy summoned, on its own day', () => {
    expect(
      found(
        'A spokesman said the White House summoned Ambassador Lin Hai on Thursday to protest the drills.',
        '2024-03-09',
      ),
    ).toContainEqual(['ambassador-summoned', '2024-03-07', 'occurred']);
  });
});

describe('a trip told by its landing', () => {
  const registry = knownEventsFileSchema.parse({
    events: [
      {
        id: 'whitcombe-taiwan-trip',
        kind: 'visit',
        title: 'Senator Whitcombe visits Taiwan',
        date: { start: '2024-03-05', precision: 'day', approximate: false },
        status: 'occurred',
        themes: ['diplomacy'],
        actors: ['Harlan Whitcombe'],
        places: ['Taipei', 'Taiwan'],
        aliases: ['\\bWhitcombe\\b.{0,60}\\b(?:visit|trip|landed)'],
        source: 'A test entry.',
      },
    ],
  }).events;

  it('reads "landed in <city>" as the visit, dated by its own day', () => {
    expect(
      found('Senator Whitcombe and a delegation landed in Taipei late on Tuesday.', '2024-03-09'),
    ).toContainEqual(['visit', '2024-03-05', 'occurred']);
    expect(found('Two of the missiles landed in the sea off the coast.', '2024-03-09')).toEqual([]);
  });

  it('keeps the trip the registry names, though its traveller is no side the gazetteer lists', () => {
    const events = eventsOfArticle(
      'Senator Whitcombe and a delegation landed in Taipei late on Tuesday.',
      '2024-03-09',
      registry,
    );
    expect(events.map((e) => [e.id, e.date.start])).toContainEqual([
      'whitcombe-taiwan-trip',
      '2024-03-05',
    ]);
  });
});

describe('the day a deadline runs out', () => {
  it('finds a deadline that falls later on the day of writing, still ahead', () => {
    expect(
      found('The deadline falls at five o’clock this afternoon, local time.', '2024-03-09'),
    ).toContainEqual(['deadline', '2024-03-09', 'planned']);
  });

  it('finds a pause that runs out on a day of a calendar list', () => {
    expect(found('- October 3: the 60-day pause runs out.', '2024-08-20')).toContainEqual([
      'deadline',
      '2024-10-03',
      'planned',
    ]);
  });

  it('leaves an undated deadline that passed as colour', () => {
    expect(found('The deadline passed quietly.', '2024-03-09')).toEqual([]);
  });
});

describe('a rate that moves to a new level', () => {
  it('reads the duty moving to a level as a tariff act, dated by the year it is reached', () => {
    expect(
      found(
        'The duty on Chinese solar wafers doubles from 25 percent to 50 percent by 2026.',
        '2024-06-01',
      ),
    ).toContainEqual(['tariffs', '2026', 'planned']);
  });

  it('still reads "by" after an act as a limit, not its date', () => {
    const limit = detectSentence(
      'Washington on Tuesday ordered the firm to sell its US arm by 2026.',
      '2024-06-05',
    );
    expect(limit.map((d) => d.date?.start)).not.toContain('2026');
  });
});

describe('a set-piece speech', () => {
  it('is a dated public word of one side', () => {
    expect(
      found(
        'No. The secretary gave a speech at a presidential library in California on Thursday, and he called the consulate a nest of spies.',
        '2024-03-09',
      ),
    ).toContainEqual(['statement', '2024-03-07', 'occurred']);
    expect(found('The firm gave its address in Delaware on Thursday.', '2024-03-09')).toEqual([]);
  });
});

describe('a rule named by the day it was made', () => {
  const sentence =
    'The ministry said yesterday that Washington will suspend for a year its rule announced on September 3 that covers subsidiaries of listed firms.';

  it('dates the rule by its own past day, not by the plan that suspends it', () => {
    expect(found(sentence, '2025-10-20')).toContainEqual(['policy', '2025-09-03', 'occurred']);
  });

  it('reads the participle as past under a modal, but "will be announced on" as a plan', () => {
    const dates = (s: string) =>
      extractDates(s, { published: '2025-10-20', anchor: null }).map((d) => d.date.start);
    expect(dates(sentence)).toContain('2025-09-03');
    expect(dates('The new list will be announced on September 3.')).toEqual(['2026-09-03']);
  });
});

describe('an act someone expects of another side', () => {
  it('is no act: "nobody expects Washington to lift its tariffs"', () => {
    const expected = detectSentence(
      'Nobody here expects Washington to lift its tariffs any time soon.',
      '2024-04-08',
    );
    expect(expected.every((d) => !d.verbal)).toBe(true);
  });
});
