import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';

/**
 * An article about one event often tells a second one, with its own date, in a sentence of its
 * own: a meeting on the visit's second day, an envoy summoned, a rate that rises next year.
 */
const found = (sentence: string, published: string) =>
  detectSentence(sentence, published).map((d) => [d.kind, d.date?.start ?? null, d.status]);

describe('a dated second event in its own sentence', () => {
  it('finds a meeting with a visitor the sentence names by a pronoun', () => {
    expect(
      found('On Friday, the premier met with her at the Great Hall of the People.', '2024-03-09'),
    ).toContainEqual(['meeting', '2024-03-08', 'occurred']);
    expect(
      found('He said the vice premier would meet him in Beijing on Monday.', '2024-03-09'),
    ).toContainEqual(['meeting', '2024-03-11', 'planned']);
    expect(found('Beijing urged Washington to meet them halfway.', '2024-03-09')).toEqual([]);
  });
});

describe('an envoy summoned, named by title', () => {
  it('reads "summoned Ambassador <name>" as the envoy summoned, on its own day', () => {
    expect(
      found(
        'A spokesman said the White House summoned Ambassador Lin Hai on Thursday to protest the drills.',
        '2024-03-09',
      ),
    ).toContainEqual(['ambassador-summoned', '2024-03-07', 'occurred']);
  });
});
