import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { segmentText } from '../../../src/pipeline/segmentText.ts';

const detect = (sentence: string, published: string) => detectSentence(sentence, published);

const datesIn = (sentence: string, published: string) =>
  extractDates(sentence, { published, anchor: published }).map((d) => d.date.start);

describe('the clause decides whether something was done', () => {
  it('reads a demand on the other side as a demand, not as its act', () => {
    const found = detect(
      'The Chinese side said Washington should at once correct its course and scrap the extra tariffs on Chinese cars.',
      '2024-05-15',
    );
    expect(found.some((d) => d.kind === 'tariffs' && d.verbal)).toBe(false);
    // The same words as a report of the act still tell it.
    const done = detect(
      'Washington scrapped the extra tariffs on Chinese cars on Tuesday.',
      '2024-05-15',
    );
    expect(done.some((d) => d.kind === 'tariffs' && d.verbal)).toBe(true);
  });

  it('reads an owned noun of action as a reference to an act, not a new one', () => {
    const owned = detect(
      '"Washington’s unilateral imposition of tariffs breaks trade rules," the ministry said.',
      '2025-02-04',
    );
    expect(owned.filter((d) => d.kind === 'tariffs').every((d) => !d.verbal)).toBe(true);
    // After an announcing verb, "the addition of" tells the act.
    const told = detect(
      'Beijing announced the addition of 12 American drone makers to its export control list on Friday.',
      '2025-04-04',
    );
    expect(told.some((d) => d.kind === 'entity-list' && d.verbal)).toBe(true);
  });

  it('does not make a country the actor because a firm is from there', () => {
    const found = detect(
      'The American chipmaker broke competition rules, the State Administration for Market Regulation said on Monday after concluding an inquiry.',
      '2025-09-15',
    );
    const probe = found.find((d) => d.kind === 'investigation');
    expect(probe?.actors[0]).toBe('State Administration for Market Regulation');
  });

  it('reads a consequence of a condition as a threat, not a plan', () => {
    const found = detect(
      'If the next round fails, the president has said he could impose tariffs on all remaining Chinese imports.',
      '2019-06-29',
    );
    expect(found.filter((d) => d.kind === 'tariffs').every((d) => d.hypothetical)).toBe(true);
  });

  it('reads an undated act in an "after" phrase beside a dated act as background', () => {
    const background = detect(
      'In August, Beijing had halted climate talks with Washington after a senior US lawmaker visited Taiwan.',
      '2022-12-13',
    );
    expect(background.find((d) => d.kind === 'visit')?.verbal).toBe(false);
    // With nothing dated beside it, the "after" act is the news itself.
    const news = detect(
      'Beijing answered within hours after the president imposed a new tariff on Chinese goods.',
      '2025-02-04',
    );
    expect(news.find((d) => d.kind === 'tariffs')?.verbal).toBe(true);
  });

  it('gives no event to "countermeasures" with nothing they target', () => {
    const { file } = buildEventsFile(
      [
        {
          file: 'a.txt',
          text: 'Officials in Beijing announced unspecified countermeasures.',
          meta: { published: '2025-02-04' },
        },
      ],
      { knownEvents: [], curation: { merges: [], edits: [] } },
    );
    expect(file.events).toEqual([]);
  });
});

describe('the date that belongs to the clause', () => {
  it('gives the act its date, not a named event beside it ("to protest the Speaker\'s trip")', () => {
    const found = detect(
      "The foreign ministry summoned the US ambassador, a veteran diplomat, late Tuesday to protest the Speaker's visit.",
      '2022-08-03',
    );
    expect(found.find((d) => d.kind === 'ambassador-summoned')?.date?.start).toBe('2022-08-02');
  });

  it('cuts a date-first wire dateline from the lead, so the lead is dated by its own words', () => {
    const text =
      'June 3, 2019 (Wire Desk)—The president signed an order on June 2 declaring an emergency over foreign telecoms gear.';
    const lead = segmentText(text).find((s) => s.kind === 'body');
    expect(lead?.text.startsWith('The president signed')).toBe(true);
  });

  it('reads "last November" written in November as a year back, "next May" in May as a year on', () => {
    expect(
      datesIn('The two leaders last met at a summit in Lima last November.', '2023-11-15'),
    ).toEqual(['2022-11']);
    expect(datesIn('They will meet again next May.', '2025-05-20')).toEqual(['2026-05']);
    // Another month keeps its nearest reading.
    expect(datesIn('They last met in Lima last October.', '2023-11-15')).toEqual(['2023-10']);
  });

  it('reads "the April 2 level, set by the president" as past despite a later "would"', () => {
    expect(
      datesIn('He said the April 2 level, set by the president, would be a ceiling.', '2025-05-13'),
    ).toEqual(['2025-04-02']);
  });
});
