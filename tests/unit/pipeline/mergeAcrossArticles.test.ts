import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { seed } from './eventsOfArticles.ts';

const config = { knownEvents: [], curation: { merges: [], edits: [] } };

describe('merging', () => {
  it('tells one call described in several sentences as one event', () => {
    const { file } = buildEventsFile(
      [
        seed(
          'a.txt',
          '2025-06-06',
          'Trump and Xi spoke by phone on Thursday. The call lasted 90 minutes. Trump said the conversation went well.',
        ),
      ],
      config,
    );
    expect(file.events).toHaveLength(1);
    expect(file.events[0]?.mentions).toHaveLength(3);
    expect(file.events[0]?.title).toBe('Trump and Xi hold phone call');
  });

  it('joins the same planned visit told by two articles a year apart, with a date-free id', () => {
    const { file } = buildEventsFile(
      [
        seed('a.txt', '2025-04-20', 'Trump said he will visit Beijing in April next year.'),
        seed('b.txt', '2026-02-10', 'President Donald Trump plans to travel to Beijing in April.'),
      ],
      config,
    );
    expect(file.events.map((e) => [e.id, e.date.start, e.status, e.mentions.length])).toEqual([
      ['trump-visit-beijing', '2026-04', 'planned', 2],
    ]);
  });

  it('keeps apart different measures of the same month', () => {
    const { file } = buildEventsFile(
      [
        seed('a.txt', '2025-05-20', 'The United States raised tariffs on Chinese goods on May 10.'),
        seed('b.txt', '2025-05-20', 'China cut its tariffs on American goods on May 14.'),
      ],
      config,
    );
    expect(file.events).toHaveLength(2);
  });
});
