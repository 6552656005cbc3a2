import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';

const titlesOf = (text: string) =>
  buildEventsFile([{ file: 'a.txt', text, meta: { published: '2024-05-09' } }], {
    knownEvents: [],
    curation: { merges: [], edits: [] },
  }).file.events.map((e) => e.title);

describe('a dated statement names who spoke', () => {
  it('gives a spokesperson’s words to their side, not to the person they talk about', () => {
    expect(
      titlesOf(
        'On Wednesday, Chinese commerce ministry spokesman Hu Lin said Biden’s decision hurts both economies.',
      ),
    ).toEqual(['China statement']);
  });

  it('tells an accusation by its accuser', () => {
    expect(
      titlesOf('On Tuesday, Trump accused China of dragging its feet on farm purchases.'),
    ).toEqual(['Trump statement']);
  });
});
