import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { datedTitles } from './eventsOfArticle.ts';

describe('a plan known only to its year', () => {
  it('stays apart from the meeting held that year, though the two share their people', () => {
    const { file } = buildEventsFile(
      [
        {
          file: 'a.txt',
          text: 'The envoy said the chances of a meeting between President Donald Trump and President Xi Jinping later this year were high.',
          meta: { published: '2025-07-11' },
        },
        {
          file: 'b.txt',
          text: 'President Donald Trump and President Xi Jinping met in Busan on Thursday.',
          meta: { published: '2025-10-31' },
        },
      ],
      { knownEvents: [], curation: { merges: [], edits: [] } },
    );
    expect(file.events.map((e) => `${e.date.start ?? 'undated'} ${e.status} ${e.title}`)).toEqual([
      '2025 planned Trump and Xi to meet',
      '2025-10-30 occurred Trump and Xi meet in Busan',
    ]);
  });
});

describe('the date of the object’s own clause', () => {
  it('is not the date of what is now done to it', () => {
    expect(
      datedTitles(
        "Trump said he would immediately lower the tariffs he'd imposed on Chinese goods earlier this year.",
        '2025-10-30',
      ),
    ).toEqual(['undated planned Trump to cut tariffs on Chinese goods']);
  });
});

describe('whose decision a measure is', () => {
  it('is the side that decided, not the side that protests it', () => {
    expect(
      datedTitles(
        "Beijing protested a U.S. decision last month to sanction the Chinese military's Equipment Development Department.",
        '2018-10-02',
      ),
    ).toEqual(['2018-09 occurred US imposes sanctions']);
  });
});
