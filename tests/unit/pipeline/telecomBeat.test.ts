import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

const themesOf = (text: string, published: string): string[][] =>
  eventsOfArticle(text, published).map((e) => e.themes);

describe('the telecoms beat is technology news', () => {
  it('puts an act of the telecoms regulator on the technology beat', () => {
    const text =
      'WASHINGTON, Oct. 26 (Probe) - The Federal Communications Commission on Tuesday revoked the authorization of a Chinese state-owned carrier to provide service in the United States.';
    expect(themesOf(text, '2021-10-26')).toEqual([['technology']]);
  });

  it('reads a beat word that opens the sentence', () => {
    const text =
      'WASHINGTON, March 4 (Probe) - Software from the Chinese firm was banned by the Commerce Department on Monday.';
    expect(themesOf(text, '2025-03-04')).toEqual([['technology']]);
  });
});
