import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';

const titlesOf = (text: string) =>
  buildEventsFile([{ file: 'a.txt', text, meta: { published: '2024-05-09' } }], {
    knownEvents: [],
    curation: { merges: [], edits: [] },
  }).file.events.map((e) => e.title);

describe('a visit is titled by the visitor and where they go', () => {
  it('takes the traveller, not the side that protested, as the subject', () => {
    expect(
      titlesOf(
        'The Chinese Foreign Ministry lodged a protest on Wednesday against Senator Harlan Whitcombe’s visit to Taiwan.',
      ),
    ).toContain('Whitcombe visits Taiwan');
  });

  it('keeps a known traveller in the gazetteer’s short form', () => {
    expect(titlesOf('Wang Yi will travel to Japan on Friday.')).toContain('Wang to visit Japan');
  });
});
