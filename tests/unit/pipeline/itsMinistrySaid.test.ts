import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';

describe('"its" ministry answering for the side just named', () => {
  it('reads the ministry as the side the sentence before named', () => {
    const events = buildEventsFile(
      [
        {
          file: 'rivers.txt',
          text: 'China has opposed the rivers act from the start. Its foreign ministry said in March that the act "interferes in China\'s internal affairs."',
          meta: { published: '2024-05-10' },
        },
      ],
      { knownEvents: [], curation: { merges: [], edits: [] } },
    ).file.events;
    expect(events.map((e) => [e.title, e.date.start])).toContainEqual([
      'China responds to US',
      '2024-03',
    ]);
  });
});
