import { describe, expect, it } from 'vitest';
import { titlesOf } from './titlesOf.ts';

const titles = (text: string) => titlesOf(text, '2024-05-09');

describe('a visit is titled by the visitor and where they go', () => {
  it('takes the traveller, not the side that protested, as the subject', () => {
    expect(
      titles(
        'The Chinese Foreign Ministry lodged a protest on Wednesday against Senator Harlan Whitcombe’s visit to Taiwan.',
      ),
    ).toContain('Whitcombe visits Taiwan');
  });

  it('keeps a known traveller in the gazetteer’s short form', () => {
    expect(titles('Wang Yi will travel to Japan on Friday.')).toContain('Wang to visit Japan');
  });
});

describe('a trip told by the plane or by the arrival awaited', () => {
  it('reads the presidential plane as the president, not a visitor called "One"', () => {
    const told = titles('Air Force One touched down in Beijing on Tuesday night.');
    expect(told).toContain('US president visits Beijing');
    expect(told.some((t) => t.startsWith('One '))).toBe(false);
  });

  it('reads "is expected in <city>" as a planned trip', () => {
    expect(titles('Ambassador Harrow is expected in Beijing later this month.')).toContain(
      'Harrow to visit Beijing',
    );
  });
});
