import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';

describe('a weekday of last, this or next week', () => {
  it('is that weekday of the calendar week, not the whole week', () => {
    // Written on Friday 10 May 2024.
    const last = extractDates('The board voted on Thursday of last week.', {
      published: '2024-05-10',
      anchor: null,
    });
    expect(last.map((d) => d.date.start)).toEqual(['2024-05-02']);
    const next = extractDates('The board meets on Monday of next week.', {
      published: '2024-05-10',
      anchor: null,
    });
    expect(next.map((d) => d.date.start)).toEqual(['2024-05-13']);
  });
});

describe('a chamber passing its text of a bill', () => {
  it('reads "passed its version" and "cleared the compromise" as lawmaking steps', () => {
    const text = [
      'A rivers bill moves on',
      '',
      'The House passed its version 301-120 on April 2.',
      'The Senate cleared the compromise by voice vote on Thursday of last week.',
    ].join('\n');
    const { article } = parseArticle(
      { file: 'rivers.txt', text, meta: { published: '2024-05-10' } },
      { knownEvents: [] },
    );
    const steps = article.detections
      .filter((d) => d.kind === 'legislation')
      .map((d) => d.date?.start ?? null);
    expect(steps).toEqual(['2024-04-02', '2024-05-02']);
  });
});
