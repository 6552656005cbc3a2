import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/pipeline/segmentText.ts';
import { datedTitles } from './eventsOfArticle.ts';

const briefing = [
  'Foreign Ministry Spokesperson Regular Press Conference, April 12, 2022',
  '',
  'Q (Wire Service): The US has ordered staff to leave its consulate. What is your comment?',
  '',
  'Zhao Lijian: China has stated its position on this.',
  '',
  'Second, we reject the way this step has been turned into politics, and we have lodged stern protests with the US.',
  '',
  'Q (Ledger): A follow-up on trade.',
].join('\n');

describe("a transcript's turn", () => {
  it('goes on past a paragraph break until the next label', () => {
    const speakers = segmentText(briefing)
      .filter((s) => s.kind === 'body')
      .map((s) => s.speaker);
    expect(speakers).toEqual([
      'Wire Service',
      'Wire Service',
      'Zhao Lijian',
      'Zhao Lijian',
      'Ledger',
    ]);
  });

  it("dates the spokesperson's protest, told with 'we', on the day of the briefing", () => {
    expect(datedTitles(briefing, '2022-04-12')).toContain(
      '2022-04-12 occurred China protests to US',
    );
  });

  it('is no turn in an article with a single label', () => {
    const text = 'ANCHOR: Good evening.\n\nOfficials said the staff would leave.';
    expect(segmentText(text).map((s) => s.speaker)).toEqual(['ANCHOR', undefined]);
  });
});
