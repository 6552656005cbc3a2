import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';
import { headingDay } from '../../../src/pipeline/datedHeading.ts';
import { heading } from './headingSegment.ts';

describe('headingDay', () => {
  it('reads the day a chronology heads its entry with, in capitals after a bullet', () => {
    expect(headingDay(heading('* MARCH 4 - NEW CHIP CURBS'), '2025-03-20')?.start).toBe(
      '2025-03-04',
    );
    expect(headingDay(heading('FEB. 11: PORT FEES'), '2025-03-20')?.start).toBe('2025-02-11');
  });

  it('ignores a heading that only mentions a day, or names a day still ahead', () => {
    expect(headingDay(heading('Talks resume after March 4'), '2025-03-20')).toBeNull();
    expect(headingDay(heading('* APRIL 2 - TARIFF DEADLINE'), '2025-03-20')).toBeNull();
  });
});

describe('a chronology entry under a dated heading', () => {
  it('dates the act the paragraph under the heading tells', () => {
    const text = [
      'TIMELINE-Beijing and Washington trade blows',
      '',
      'Here are the main moves so far this month:',
      '',
      '* MARCH 4 - NEW CHIP CURBS',
      'The Commerce Department added nine Chinese research labs to the Entity List, citing work on military supercomputers.',
      '',
      '* MARCH 9 - BEIJING STRIKES BACK',
      'China imposed export controls on two rare metals used in radar systems.',
    ].join('\n');
    const { article } = parseArticle(
      { file: 'timeline.txt', text, meta: { published: '2025-03-20' } },
      { knownEvents: [] },
    );
    const days = article.detections
      .filter((d) => d.verbal)
      .map((d) => [d.kind, d.date?.start ?? null]);
    expect(days).toContainEqual(['entity-list', '2025-03-04']);
    expect(days).toContainEqual(['export-controls', '2025-03-09']);
  });
});
