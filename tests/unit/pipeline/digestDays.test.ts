import { describe, expect, it } from 'vitest';
import { dayHeadingDate } from '../../../src/pipeline/dayHeading.ts';
import { segmentText } from '../../../src/pipeline/segmentText.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

describe('a digest’s day headings', () => {
  it('reads "▸ MON 13 JUL" and "THU 16 – FRI 17 JUL" as days on or before the day of writing', () => {
    expect(dayHeadingDate('▸ MON 13 JUL', '2020-07-17')?.start).toBe('2020-07-13');
    expect(dayHeadingDate('THU 16 – FRI 17 JUL', '2020-07-17')?.start).toBe('2020-07-16');
    expect(dayHeadingDate('• Mon 28 Dec', '2021-01-04')?.start).toBe('2020-12-28');
  });

  it('reads no day in other lines, nor one still ahead', () => {
    expect(dayHeadingDate('▸ CATCH-UP (from last week)', '2020-07-17')).toBeNull();
    expect(dayHeadingDate('13 JUL 2020 markets wrap', '2020-07-17')).toBeNull();
    expect(dayHeadingDate('▸ MON 20 JUL', '2020-07-17')).toBeNull();
  });

  it('keeps such a line as a heading, not as page furniture', () => {
    const segments = segmentText(
      'Weekly briefing\n\nGood afternoon, readers.\n\n▸ MON 13 JUL\n\n• Beijing answered.\n',
    );
    expect(segments.find((s) => s.text === '▸ MON 13 JUL')?.kind).toBe('heading');
  });

  it('dates the items under each day, and "hours later" from that day', () => {
    const events = eventsOfArticle(
      [
        'Weekly briefing',
        'The move followed a July 1 advisory from the State Department on supply chains.',
        '▸ MON 13 JUL',
        '• Hours later the US secretary of state issued a statement rejecting Beijing’s maritime claims.',
        '▸ WED 15 JUL',
        '• The Chinese foreign ministry warned that China would hit back against Washington.',
      ].join('\n\n'),
      '2020-07-17',
    );
    const dayOf = (words: string) =>
      events.find((e) => e.mentions.some((m) => m.quote.includes(words)))?.date.start;
    expect(dayOf('issued a statement')).toBe('2020-07-13');
    expect(dayOf('would hit back')).toBe('2020-07-15');
  });
});
