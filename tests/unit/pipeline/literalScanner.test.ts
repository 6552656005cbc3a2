import { describe, expect, it } from 'vitest';
import { literalFinder, literalScanner } from '../../../src/pipeline/literalScanner.ts';

const WORDS = ['tariff', 'tariffs', 'he', 'she', 'hers', 'visit', 'café'];

describe('literalScanner', () => {
  it('says which words a sentence holds, overlapping ones and upper case included', () => {
    const has = literalScanner(WORDS)('USHERS brought Tariffs on Tuesday');
    expect(WORDS.map((_, id) => has(id))).toEqual([true, true, true, true, true, false, false]);
  });

  it('does not let a character outside ASCII join two halves of a word', () => {
    const has = literalScanner(WORDS)('vis\u00edt the café');
    expect(has(WORDS.indexOf('visit'))).toBe(false);
    // A word with a character outside ASCII is never found, as a pattern without `u` would not.
    expect(has(WORDS.indexOf('café'))).toBe(false);
  });

  it('refuses to answer for a sentence once a newer one was scanned', () => {
    const scan = literalScanner(WORDS);
    const first = scan('a visit');
    scan('no match here at all');
    expect(() => first(WORDS.indexOf('visit'))).toThrow(/newer/);
  });
});

describe('literalFinder', () => {
  it('gives each word found once, in the order the scan first met it', () => {
    const find = literalFinder(WORDS);
    expect(find('she said the tariff visit, then the tariffs').map((id) => WORDS[id])).toEqual([
      'she',
      'he',
      'tariff',
      'visit',
      'tariffs',
    ]);
  });

  it('empties the array it is given, so a reused array holds only the latest scan', () => {
    const find = literalFinder(WORDS);
    const found: number[] = [];
    find('a visit', found);
    expect(find('hers', found).map((id) => WORDS[id])).toEqual(['he', 'hers']);
    expect(find('nothing', found)).toEqual([]);
  });

  it('finds a word of one character in either case, after the longer words', () => {
    const words = ['s', 'tariff', '%', 'é', 'x'];
    const find = literalFinder(words);
    expect(find('TARIFFS of 20%').map((id) => words[id])).toEqual(['tariff', 's', '%']);
    expect(find('Xi met').map((id) => words[id])).toEqual(['x']);
    // Outside ASCII, as for longer words: never found.
    expect(find('café')).toEqual([]);
    expect(literalScanner(words)('a tariff')(words.indexOf('s'))).toBe(false);
  });
});

describe('shared screens', () => {
  it('find what screens of their own find, however their texts interleave', () => {
    const other = ['visit', 'summit', 's', 'ex'];
    const sharedOne = literalFinder(WORDS, { shared: true });
    const ownOne = literalFinder(WORDS);
    const texts = ['She hers a visit', 'the summit tariffs', 'She hers a visit', 'nothing'];
    const seen = texts.map((t) => sharedOne(t).slice());
    // A screen that joins after the shared pass was built: the pass is built again with it.
    const sharedTwo = literalFinder(other, { shared: true });
    const ownTwo = literalFinder(other);
    for (const [i, text] of texts.entries()) {
      expect(seen[i]).toEqual(ownOne(text));
      expect(sharedTwo(text).sort()).toEqual(ownTwo(text).sort());
      expect(sharedOne(text)).toEqual(ownOne(text));
    }
  });
});
