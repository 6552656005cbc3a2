import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';

/**
 * Dense analyses and op-eds tell past acts in passing, each with its own date, while the
 * article's news is elsewhere. Each such act is an event on the timeline.
 */
describe('past acts told in passing in an analysis', () => {
  it('dates an act in a "when" clause hung on a date with that date', () => {
    const found = detectSentence(
      'The hotline they reopened this week is the one Beijing closed in March 2021, when it protested the arms sale by suspending military talks.',
      '2021-11-20',
    );
    const halt = found.find((d) => d.kind === 'dialogue-halt');
    expect(halt?.date?.start).toBe('2021-03');
  });

  it('gives the act of a pronoun-led clause to the subject of the clause before it', () => {
    const found = detectSentence(
      'The hotline they reopened this week is the one Beijing closed in March 2021, when it protested the arms sale to Taiwan by suspending military talks.',
      '2021-11-20',
    );
    const halt = found.find((d) => d.kind === 'dialogue-halt');
    expect(halt?.actors[0]).toBe('China');
  });
});
