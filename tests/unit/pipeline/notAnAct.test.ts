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

describe('what did not happen as told', () => {
  // The putting off is a step of its own (visit-called-off); the trip did not happen.
  it('a trip put off is no visit', () => {
    expect(
      kindsOf(
        'On Friday the secretary of state put off a planned trip to Beijing over the affair.',
      ),
    ).toEqual(['visit-called-off']);
  });

  it('a question tells no event', () => {
    expect(kindsOf('Will the two sides hold trade talks in Geneva next month?')).toEqual([]);
  });

  it('the same words told as done are an event', () => {
    expect(kindsOf('The two sides held trade talks in Geneva on Monday.')).toEqual(['talks']);
  });
});
