import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { datedTitles } from './eventsOfArticle.ts';

describe('a protocol signed by the two governments', () => {
  it('is their agreement, however many words stand before the pact it amends', () => {
    expect(
      datedTitles(
        'On Friday in Lima, envoys of both governments signed a protocol revising and renewing their fisheries accord for ten more years.',
        '2024-12-16',
      ),
    ).toEqual(['2024-12-13 occurred US and China reach agreement']);
  });
});

describe('understandings the two leaders reached', () => {
  it('are their agreement, on the day told', () => {
    expect(
      datedTitles(
        'The envoy urged a return to the understandings reached by the two presidents in Lima last November.',
        '2023-01-30',
      ),
    ).toEqual(['2022-11 occurred US and China reach agreement']);
  });
});

describe('a dialogue on a subject', () => {
  it('is a round of talks, planned for the season named', () => {
    expect(
      datedTitles(
        'Aides drew up plans for a US-China dialogue on nuclear safety, planned for the spring.',
        '2024-01-28',
      ),
    ).toEqual(['2024-04 planned US and China to hold talks']);
  });
});

describe('a season after "for"', () => {
  const first = (text: string) =>
    extractDates(text, { published: '2024-01-28', anchor: null })[0]?.date ?? null;

  it('is its middle month, approximately', () => {
    expect(first('The talks are planned for the spring.')).toMatchObject({
      start: '2024-04',
      approximate: true,
    });
  });

  it('is no time when it names a feast', () => {
    expect(first('The president sent greetings for the Spring Festival.')).toBeNull();
  });
});

describe('restriction lists and controls', () => {
  it('count a firm that "went onto" a list as listed by the other side', () => {
    expect(
      datedTitles(
        'The lab went onto the Unverified List last October with a dozen other research bodies.',
        '2023-01-30',
      ),
    ).toEqual(['2022-10 occurred US adds Chinese firms to unverified list']);
  });

  it('read controls on chips as export controls without the word "export"', () => {
    expect(
      datedTitles(
        'On October 7 the department imposed broad controls on high-end memory chips and lithography tools.',
        '2022-10-10',
      ),
    ).toEqual(['2022-10-07 occurred US imposes export controls on chips']);
  });
});
