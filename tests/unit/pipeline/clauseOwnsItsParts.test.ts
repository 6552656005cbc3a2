import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { datedTitles } from './eventsOfArticle.ts';

describe('a plan known only to its year', () => {
  it('stays apart from the meeting held that year, though the two share their people', () => {
    const { file } = buildEventsFile(
      [
        {
          file: 'a.txt',
          text: 'The adviser told reporters that a summit between President Joe Biden and President Xi Jinping was likely later this year.',
          meta: { published: '2025-07-11' },
        },
        {
          file: 'b.txt',
          text: 'President Joe Biden and President Xi Jinping met in Woodside on Wednesday.',
          meta: { published: '2025-10-31' },
        },
      ],
      { knownEvents: [], curation: { merges: [], edits: [] } },
    );
    expect(file.events.map((e) => `${e.date.start ?? 'undated'} ${e.status} ${e.title}`)).toEqual([
      '2025 planned Biden and Xi to meet',
      '2025-10-29 occurred Biden and Xi meet in Woodside',
    ]);
  });
});

describe('the date of the object’s own clause', () => {
  it('is not the date of what is now done to it', () => {
    expect(
      datedTitles(
        "Trump said he would soon cut the tariffs he'd slapped on Chinese steel in March.",
        '2025-10-30',
      ),
    ).toEqual(['undated planned Trump to cut tariffs on Chinese goods']);
  });
});

describe('whose decision a measure is', () => {
  it('is the side that decided, not the side that protests it', () => {
    expect(
      datedTitles(
        'Beijing condemned a U.S. decision on Friday to sanction the procurement department of the Chinese navy.',
        '2018-10-02',
      ),
    ).toEqual(['2018-09-28 occurred US imposes sanctions']);
  });
});
