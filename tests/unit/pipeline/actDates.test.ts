import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { detectSentence } from './detectSentence.ts';

/** The kinds and days one sentence tells, as a reader would list them. */
const told = (sentence: string, published: string) =>
  detectSentence(sentence, published).map((d) => [d.kind, d.date?.start ?? null]);

describe('a date that heads the sentence', () => {
  it('dates every act of a chronology line, after a colon or a dash', () => {
    expect(
      told(
        '- June 3, 2021: The president signs an executive order declaring a national emergency over surveillance firms.',
        '2022-01-10',
      ),
    ).toContainEqual(['policy', '2021-06-03']);
    expect(
      told(
        'March 9, 2021 — The president signs an executive order declaring a national emergency over supply chains.',
        '2022-01-10',
      ),
    ).toContainEqual(['policy', '2021-03-09']);
  });

  it('dates the acts after a day told with its part of the day', () => {
    expect(
      told(
        'On Monday morning, at a ceremony in Seattle, the commerce minister announced new export controls on chips and the two governments signed a trade agreement on farm goods.',
        '2024-06-12',
      ),
    ).toContainEqual(['agreement', '2024-06-10']);
  });
});

describe('"before" a court is a place, not a time', () => {
  it('lets the day reach the act told after the hearing', () => {
    expect(
      told(
        'On Tuesday, in a hearing before a federal judge in Brooklyn, the executive was sentenced to four years in prison.',
        '2024-06-12',
      ),
    ).toContainEqual(['legal-case', '2024-06-11']);
  });
});

describe('an act put off until a day ahead', () => {
  it('is planned for that day, not done on the day of writing', () => {
    const [tariff] = detectSentence(
      'The administration put off raising duties on Chinese steel from 15 to 30 percent until June 1.',
      '2024-03-20',
    ).filter((d) => d.kind === 'tariffs');
    expect([tariff?.date?.start, tariff?.status]).toEqual(['2024-06-01', 'planned']);
  });

  it('leaves a deferral to a day already past as the text tells it', () => {
    const [tariff] = detectSentence(
      'Last year the administration put off raising duties on Chinese steel until June 1.',
      '2024-09-20',
    ).filter((d) => d.kind === 'tariffs');
    expect(tariff?.date?.start).not.toBe('2024-06-01');
  });
});

describe('an opening "On <day>" with no comma', () => {
  it('dates every act of the list it heads', () => {
    const kinds = detectSentence(
      'On Friday the chancellor is to be welcomed by the premier, hold talks and visit the Summer Palace.',
      '2024-06-12',
    ).map((d) => [d.kind, d.date?.start ?? null, d.status]);
    expect(kinds).toContainEqual(['visit', '2024-06-14', 'planned']);
  });
});

describe('a date "during" an occasion', () => {
  it('takes the tense of the clause, not of the aim before it', () => {
    const [november] = extractDates(
      'She accepted an invitation to return during a phone call in November, aides said.',
      { published: '2026-05-13', anchor: '2026-05-13' },
    );
    expect(november?.date.start).toBe('2025-11');
  });
});

describe('"a year later" counted on from the date told before it', () => {
  const dates = (sentence: string) =>
    extractDates(sentence, { published: '2025-06-01', anchor: '2025-06-01' }).map(
      (d) => d.date.start,
    );

  it('keeps the month the sentence gave', () => {
    expect(dates('The ban began in March 2019 and was widened two years later.')).toEqual([
      '2019-03',
      '2021-03',
    ]);
  });

  it('counts whole years from a bare year', () => {
    expect(dates('The office opened in 2016 and closed a year later.')).toEqual(['2016', '2017']);
  });

  it('dates nothing when no date came before', () => {
    expect(dates('A year later the rules were widened.')).toEqual([]);
  });
});

describe('a "which" clause told in the past', () => {
  it('puts its month behind the article, though the main clause plans ahead', () => {
    const [march] = extractDates(
      'The pause, which cut the levy on steel from a high of 50% in March, is due to lapse on December 1.',
      { published: '2025-09-15', anchor: '2025-09-15' },
    );
    expect(march?.date.start).toBe('2025-03');
  });
});

describe('a clock time with no day beside it', () => {
  const dates = (sentence: string) =>
    extractDates(sentence, { published: '2025-03-04', anchor: '2025-03-01' }).map((d) => [
      d.text,
      d.date.start,
    ]);

  it('is on the day the text is written', () => {
    expect(dates('The higher duty took effect at 12:01 a.m. ET.')).toEqual([
      ['12:01 a.m.', '2025-03-04'],
    ]);
    expect(dates('9:45 a.m. - The ministry has lodged a complaint with the WTO.')).toEqual([
      ['9:45 a.m.', '2025-03-04'],
    ]);
  });

  it('leaves the day to a weekday or a limit beside it', () => {
    expect(dates('The duty rises at 12:01 a.m. on Friday.').map(([text]) => text)).toEqual([
      'on Friday',
    ]);
    expect(dates('Bids must arrive by 5:00 p.m.')).toEqual([]);
  });
});

describe('a meeting owned by the day the text is written', () => {
  it('has taken place, though a modal governs the readout', () => {
    const [meeting] = detectSentence(
      'An official will brief reporters on this afternoon’s meeting before the president leaves.',
      '2024-11-16',
    ).filter((d) => d.kind === 'meeting');
    expect([meeting?.date?.start, meeting?.status]).toEqual(['2024-11-16', 'occurred']);
  });
});

describe('a deal only talked of', () => {
  it('is no agreement, unless the text points at one that was made', () => {
    const kinds = (sentence: string) => detectSentence(sentence, '2024-06-12').map((d) => d.kind);
    expect(kinds('Two days ago dealers were talking about a truce.')).not.toContain('agreement');
    expect(kinds('On Monday the envoys talked about the truce they signed in May.')).toContain(
      'agreement',
    );
  });
});
