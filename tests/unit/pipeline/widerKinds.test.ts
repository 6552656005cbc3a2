import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../../src/pipeline/clauseTense.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { knownEventsFileSchema } from '../../../src/pipeline/knownEventSchema.ts';
import { aliasMatchLength, compileKnownEvents } from '../../../src/pipeline/matchKnownEvents.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

const PUBLISHED = '2025-01-18'; // a Saturday

const datesOf = (sentence: string, anchor = PUBLISHED) =>
  extractDates(sentence, { published: PUBLISHED, anchor }).map((d) => d.date.start);

describe('lawmaking, courts and arrests are events', () => {
  it.each([
    [
      'The House of Representatives passed the foreign aid package on April 20, 2024.',
      'legislation',
    ],
    ['The Senate voted 79-18 to approve it on April 23, 2024.', 'legislation'],
    ['Biden signed the CHIPS and Science Act on August 9, 2022.', 'legislation'],
    ['The Supreme Court upheld the law on Friday.', 'legal-case'],
    ['Prosecutors charged three Chinese nationals with spying on Tuesday.', 'legal-case'],
    ['The Treasury labelled China a currency manipulator on Monday.', 'currency-designation'],
    ['A Chinese fighter jet made an unsafe intercept of a US plane on Thursday.', 'military'],
    ['The US expelled two Chinese diplomats on Friday.', 'expulsion'],
    ['Chinese hackers breached US telecom networks, the FBI said on Friday.', 'cyber-attack'],
  ])('%s', (sentence, kind) => {
    expect(detectSentence(sentence, PUBLISHED).map((d) => d.kind)).toContain(kind);
  });

  it('does not read a deed, a statement or a fee as a case or a law', () => {
    for (const sentence of [
      'The ministry released a statement on Friday.',
      'Customs charged higher fees on imports on Friday.',
      'China adopted a package of countermeasures on Friday.',
    ]) {
      const kinds = detectSentence(sentence, PUBLISHED).map((d) => d.kind);
      expect(kinds).not.toContain('legal-case');
      expect(kinds).not.toContain('legislation');
    }
  });

  it('titles a law by what was done to it, and dates a roll call told days later', () => {
    const text = [
      'The House of Representatives passed the aid package on April 20, 2024, a Saturday.',
      'The Senate voted 79-18 to approve it three days later.',
      'President Joe Biden signed the package into law on April 24.',
    ].join('\n\n');
    expect(eventsOfArticle(text, PUBLISHED).map((e) => [e.date.start, e.status, e.title])).toEqual([
      ['2024-04-20', 'occurred', 'US Congress passes bill'],
      ['2024-04-23', 'occurred', 'US Congress passes bill'],
      ['2024-04-24', 'occurred', 'Biden signs bill into law'],
    ]);
  });
});

describe('a grievance list is not an event', () => {
  it('gives no event for cyberattacks named without a date', () => {
    const text =
      'The secretary raised concerns about cyberattacks, coercion and human rights with his counterpart.';
    expect(eventsOfArticle(text, PUBLISHED).filter((e) => e.kind === 'cyber-attack')).toEqual([]);
  });
});

describe('dates around laws and rulings', () => {
  it('reads an irregular past verb as past: the court upheld the law on Friday', () => {
    expect(
      datesOf(
        'The Supreme Court upheld the law on Friday, rejecting the argument that a sale would violate free speech.',
      ),
    ).toEqual(['2025-01-17']);
  });

  it('reads a schedule in the present as ahead: the ban takes effect on Sunday', () => {
    expect(datesOf('The ban takes effect on Sunday unless the app is sold.')).toEqual([
      '2025-01-19',
    ]);
  });

  it('reads a penalty after "to" as no aim: sentenced to ten years on May 20', () => {
    expect(datesOf('A court sentenced an American to ten years in prison on May 20.')).toEqual([
      '2024-05-20',
    ]);
  });

  it('gives a weekday set beside a date that same date, so it cannot become the anchor', () => {
    expect(datesOf('The House passed it on April 20, 2024, a Saturday.')).toEqual([
      '2024-04-20',
      '2024-04-20',
    ]);
    expect(datesOf('They met on March 3, 2024 (a Sunday) in Paris.')).toEqual([
      '2024-03-03',
      '2024-03-03',
    ]);
  });
});

describe('what a sentence names is not always its event', () => {
  it('reads "a 100-day plan" as a noun, not as a plan of the clause', () => {
    const sentence =
      'The leaders closed two days of long meetings at the seaside club on Friday with a 100-day plan on trade.';
    expect(tenseAt(sentence, sentence.indexOf('on Friday'))).toBe('past');
    const plan = 'The leaders plan to end their talks on Friday.';
    expect(tenseAt(plan, plan.indexOf('end '))).toBe('future');
  });

  it('does not match a rate left behind ("to 125% from 84%") to the event of that rate', () => {
    const [level] = compileKnownEvents(
      knownEventsFileSchema.parse({
        events: [
          {
            id: 'rate-84',
            kind: 'tariffs',
            title: 'China raises tariffs on US goods to 84%',
            date: { start: '2025-04-09', precision: 'day', approximate: false },
            status: 'occurred',
            themes: ['trade'],
            tags: ['tariffs'],
            actors: ['China'],
            places: [],
            actions: ['', 'raise'],
            aliases: ['\\b84\\s?(?:%|percent)'],
            source: 'A wire report of the day.',
            notes: [],
          },
        ],
      }).events,
    );
    if (level === undefined) throw new Error('no entry');
    expect(
      aliasMatchLength('China will raise its tariffs to 84% on Thursday.', level),
    ).toBeGreaterThan(0);
    expect(aliasMatchLength('Tariffs on US imports will rise to 125% from 84%.', level)).toBe(0);
  });
});
