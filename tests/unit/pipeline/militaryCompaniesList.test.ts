import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';

describe('entity list: the defence list of Chinese military companies', () => {
  it('reads adding firms to the yearly list of Chinese military companies as a listing', () => {
    const found = detectSentence(
      'The Pentagon put two carmakers and a drone maker on its yearly list of Chinese military companies on Tuesday.',
      '2025-03-06',
    );
    const listing = found.find((d) => d.kind === 'entity-list');
    expect(listing?.verbal).toBe(true);
    expect(listing?.date?.start).toBe('2025-03-04');
  });
});
