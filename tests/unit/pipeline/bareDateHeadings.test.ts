import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';
import { monthHeading } from '../../../src/pipeline/datedHeading.ts';
import { segmentText } from '../../../src/pipeline/segmentText.ts';
import { heading } from './headingSegment.ts';

const CHRONOLOGY = [
  'Backgrounder: how did the soybean quarrel grow?',
  '',
  'Farm Ledger | March 30, 2024',
  '',
  'Soybean sales have swung with every turn of the quarrel between the two capitals. Key dates:',
  '',
  'AUGUST 2019',
  'China suspends imports of American soybeans from state-owned buyers.',
  '',
  'FEBRUARY 3, 2020',
  'The two governments sign a farm trade agreement.',
  '',
  'JULY 14, 2023',
  'The Commerce Department imposes export controls on two Chinese grain traders.',
].join('\n');

describe('bare dates and months heading a chronology', () => {
  it('reads a date alone on its line below the first paragraph as a heading, not a stamp', () => {
    const kinds = segmentText(CHRONOLOGY).map((s) => [s.kind, s.text]);
    expect(kinds).toContainEqual(['dateline', 'Farm Ledger | March 30, 2024']);
    expect(kinds).toContainEqual(['heading', 'FEBRUARY 3, 2020']);
    expect(kinds).toContainEqual(['heading', 'JULY 14, 2023']);
  });

  it('keeps a bare date under a headline as the stamp of the page', () => {
    const text =
      'Why did the soybean trade stall this spring?\n\nMarch 30, 2024\n\nSales fell again.';
    expect(segmentText(text).map((s) => s.kind)).toEqual(['body', 'dateline', 'body']);
  });

  it('gives a month-and-year heading its month, and none to a month still ahead', () => {
    expect(monthHeading(heading('AUGUST 2019'), '2024-03-30')).toEqual({
      start: '2019-08',
      precision: 'month',
      approximate: false,
    });
    expect(monthHeading(heading('• October 2021:'), '2024-03-30')?.start).toBe('2021-10');
    expect(monthHeading(heading('MAY 2024'), '2024-03-30')).toBeNull();
    expect(monthHeading(heading('AUGUST 2019 AND AFTER'), '2024-03-30')).toBeNull();
  });

  it('dates the entries under each heading with its day or month', () => {
    const { article } = parseArticle(
      { file: 'chronology.txt', text: CHRONOLOGY, meta: { published: '2024-03-30' } },
      { knownEvents: [] },
    );
    const days = article.detections
      .filter((d) => d.verbal)
      .map((d) => [d.kind, d.date?.start ?? null]);
    expect(days).toContainEqual(['import-suspension', '2019-08']);
    expect(days).toContainEqual(['agreement', '2020-02-03']);
    expect(days).toContainEqual(['export-controls', '2023-07-14']);
  });
});
