import { describe, expect, it } from 'vitest';
import { literalFinder, literalScanner } from '../../../src/pipeline/literalScanner.ts';
import { mulberry32 } from '../../fixtures/mulberry32.ts';

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

describe('shared screens in a slot', () => {
  it('replace the words of the screen that had the slot, which still finds what it did', () => {
    const first = ['summit', 'visit', 's', '4'];
    const second = ['tariff', 'visa', '%', 'x'];
    const sharedFirst = literalFinder(first, { shared: true, slot: 'test-slot' });
    const texts = ['A summit visit on May 4', 'Tariffs of 20% on Xi', 'no words here', 'SUMMIT'];
    const before = texts.map((t) => sharedFirst(t).slice());
    const sharedSecond = literalFinder(second, { shared: true, slot: 'test-slot' });
    const ownFirst = literalFinder(first);
    const ownSecond = literalFinder(second);
    for (const [i, text] of texts.entries()) {
      expect(before[i]).toEqual(ownFirst(text));
      expect(sharedSecond(text)).toEqual(ownSecond(text));
      // Its slot taken, the first screen scans with an automaton of its own: the same answers.
      expect(sharedFirst(text)).toEqual(ownFirst(text));
    }
  });

  it('finds words of one character in either case, as a screen of its own does', () => {
    const words = ['s', '%', 'x', '4', 'tariff'];
    const shared = literalFinder(words, { shared: true });
    const own = literalFinder(words);
    for (const text of ['TARIFFS of 20%', 'Xi met', 'café 4', '', 'nothing']) {
      expect(shared(text)).toEqual(own(text));
    }
  });
});

describe('the automaton', () => {
  // Words of a few letters over a small alphabet share prefixes and suffixes, so the scan goes
  // deep into the trie and falls back along suffixes at every turn.
  it('finds exactly the words a text holds, however deep they overlap', () => {
    const random = mulberry32(20251203);
    const pick = (alphabet: string, length: number): string =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)] ?? '').join('');
    const words = [
      ...new Set(Array.from({ length: 300 }, () => pick('abcab-', 2 + Math.floor(random() * 6)))),
    ];
    const find = literalFinder(words);
    for (let t = 0; t < 300; t++) {
      const text = pick('abcABC- d', 5 + Math.floor(random() * 60));
      const lower = text.toLowerCase();
      const expected = words.flatMap((w, id) => (lower.includes(w) ? [id] : []));
      expect(
        [...find(text)].sort((a, b) => a - b),
        text,
      ).toEqual(expected);
    }
  });
});
