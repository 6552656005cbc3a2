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

  it('dates an act told in the past perfect by the limit "by" puts on it', () => {
    const found = detectSentence(
      'By June 2019 Beijing had ordered the American consulate in a western city closed.',
      '2021-03-23',
    );
    const closure = found.find((d) => d.kind === 'consulate-closure');
    expect(closure?.date?.start).toBe('2019-06');
    expect(closure?.status).toBe('occurred');
    // Without the past perfect the limit is the deadline of the order, not its date.
    const limit = detectSentence(
      'Washington ordered China to close its consulate in the city by June 30.',
      '2021-06-28',
    );
    expect(limit.find((d) => d.kind === 'consulate-closure')?.date).toBeNull();
  });
});
