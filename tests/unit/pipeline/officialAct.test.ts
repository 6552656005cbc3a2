import { describe, expect, it } from 'vitest';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

/** The titles and days of one article's events, published on Wednesday 18 March 2020. */
function told(text: string): { title: string; start: string | null; status: string }[] {
  return eventsOfArticles([seed('a.txt', '2020-03-18', text)]).map((e) => ({
    title: e.title,
    start: e.date.start,
    status: e.status,
  }));
}

describe('an official act no other kind knows', () => {
  it('is an event with its day when one side acts', () => {
    expect(
      told('On March 2 the State Department capped the number of staff the outlets may keep.'),
    ).toEqual([
      {
        title: 'US State Department caps the number of staff the outlets may keep',
        start: '2020-03-02',
        status: 'occurred',
      },
    ]);
  });

  it('names the act without the day it was told on or the clause after it', () => {
    expect(
      told(
        'On Sunday, the State Department granted the carrier’s engineers a waiver and asked them to report back.',
      ).map((e) => e.title),
    ).toEqual(['US State Department grants the carrier’s engineers a waiver']);
    expect(
      told(
        'On Monday the State Department hosted a lunch for the delegation the same evening.',
      ).map((e) => e.title),
    ).toEqual(['US State Department hosts a lunch for the delegation']);
  });

  // A court's ruling is the legal-case kind's; the court named is the side's highest one.
  it('knows the courts, regulators and exchanges that act for a side', () => {
    expect(
      told('On Monday the Supreme Court upheld the ban on the app by nine votes to none.'),
    ).toEqual([
      {
        title: 'US Supreme Court upholds the ban',
        start: '2020-03-16',
        status: 'occurred',
      },
    ]);
    expect(
      told(
        'The accounting board (PCAOB) said it signed a protocol with the China Securities Regulatory Commission on Monday.',
      ).map((e) => e.title),
    ).toEqual(['PCAOB signs a protocol with the China Securities Regulatory Commission']);
    expect(
      told('On Monday the NYSE said it had begun proceedings to delist two carriers.').map(
        (e) => e.title,
      ),
    ).toEqual(['NYSE begins proceedings to delist two carriers']);
  });

  it('takes the one after "by" as the actor of a passive act', () => {
    expect(told('The rule was approved by the Commerce Department on Monday.')).toEqual([
      {
        title: 'US Commerce Department approves the rule',
        start: '2020-03-16',
        status: 'occurred',
      },
    ]);
    expect(told('The club was banned by the league on Monday.')).toEqual([]);
  });

  it('puts capital-market acts on the trade beat', () => {
    const [delisting] = eventsOfArticles([
      seed(
        'a.txt',
        '2020-03-18',
        'On Monday the NYSE said it had begun proceedings to delist two carriers.',
      ),
    ]);
    expect(delisting?.themes).toContain('trade');
  });

  it('tells an addition to a list no kind knows', () => {
    expect(
      told(
        'On Monday the Pentagon added two battery makers to its list of military companies.',
      ).map((e) => e.title),
    ).toEqual(['Pentagon adds two battery makers to its list of military companies']);
  });

  it('leaves out a third party’s act and an act with no one named acting', () => {
    expect(told('The club suspended two members on Friday.')).toEqual([]);
    expect(
      told(
        'In March its regulator declared that products of Micron, the memory maker, had failed a review and barred operators from buying them.',
      ),
    ).toEqual([]);
  });

  it('is planned when told ahead, with the day it is due', () => {
    expect(told('The State Department will designate two more outlets on Friday.')).toEqual([
      {
        title: 'US State Department to designate two more outlets',
        start: '2020-03-20',
        status: 'planned',
      },
    ]);
  });

  it('is no event when undated', () => {
    expect(told('The State Department granted the carrier’s engineers a waiver.')).toEqual([]);
  });

  it('yields to a kind that knows the act', () => {
    const titles = told(
      'On Friday, Beijing announced new tariffs of 10 percent on American farm goods.',
    ).map((e) => e.title);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/tariff/i);
  });
});
