import { describe, expect, it } from 'vitest';
import { titlesOf } from './titlesOf.ts';

const titles = (text: string) => titlesOf(text, '2024-05-09');

describe('a dated statement names who spoke', () => {
  it('gives a spokesperson’s words to their side, not to the person they talk about', () => {
    expect(
      titles(
        'On Wednesday, Chinese commerce ministry spokesman Hu Lin said Biden’s decision hurts both economies.',
      ),
    ).toEqual(['China statement']);
  });

  it('tells an accusation by its accuser', () => {
    expect(
      titles('On Tuesday, Trump accused China of dragging its feet on farm purchases.'),
    ).toEqual(['Trump statement']);
  });
});
