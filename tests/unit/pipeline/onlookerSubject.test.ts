import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';

const config = { knownEvents: [], curation: { merges: [], edits: [] } };

function kindsOf(text: string) {
  const { file } = buildEventsFile(
    [{ file: 'a.txt', text, meta: { published: '2025-04-09' } }],
    config,
  );
  return file.events.map((e) => e.kind);
}

describe("onlookers' words", () => {
  it('are no act of either side', () => {
    expect(
      kindsOf('Analysts warned on Wednesday that the fight with China had only begun.'),
    ).toEqual([]);
  });

  it('leave the act they report alone', () => {
    expect(kindsOf('China warned on Wednesday that it would fight to the end.')).toEqual([
      'warning',
    ]);
  });
});
