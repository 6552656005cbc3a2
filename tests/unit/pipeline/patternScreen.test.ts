import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/pipeline/kinds/kindTable.ts';
import { literalFinder, literalScanner } from '../../../src/pipeline/literalScanner.ts';
import { patternCandidates, patternScreen } from '../../../src/pipeline/patternScreen.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');

describe('literalScanner', () => {
  it('finds words inside others and overlapping each other, ignoring ASCII case', () => {
    const scan = literalScanner(['tariff', 'if', 'ff', 'visit', 'sit']);
    const found = scan('New TARIFFS announced');
    expect([0, 1, 2, 3, 4].map(found)).toEqual([true, true, true, false, false]);
    const again = scan('a state visit');
    expect([0, 1, 2, 3, 4].map(again)).toEqual([false, false, false, true, true]);
  });

  it('matches no word across a character outside ASCII', () => {
    const found = literalScanner(['visit'])('vis\u0130t');
    expect(found(0)).toBe(false);
  });

  it('refuses to answer for a text once another has been scanned', () => {
    const scan = literalScanner(['call']);
    const first = scan('a call');
    scan('a visit');
    expect(() => first(0)).toThrow();
  });
});

describe('patternScreen', () => {
  it('rules out a pattern only when the text lacks a word it needs', () => {
    const patterns = [/\bBusan\b.{0,30}\b(?:meeting|summit)\b/i, /\d+\s+percent/i, /visa/i];
    const may = patternScreen(patterns)('Leaders met in Busan for a summit');
    expect(patterns.map((_, i) => may(i))).toEqual([true, false, false]);
    const other = patternScreen(patterns)('Busan port; 20 PERCENT');
    expect(patterns.map((_, i) => other(i))).toEqual([false, true, false]);
  });

  it('always runs a case-insensitive Unicode pattern, where "k" also matches the Kelvin sign', () => {
    const pattern = /kg/iu;
    expect(pattern.test('\u212Ag')).toBe(true);
    expect(patternScreen([pattern])('\u212Ag')(0)).toBe(true);
  });

  it('never rules out a kind pattern that matches a line of our articles', () => {
    const patterns = KINDS.flatMap((k) => [k.cue, ...k.verbal, ...k.nominal]);
    const screen = patternScreen(patterns);
    const lines = readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(ARTICLES, f), 'utf8').split(/\r?\n/));
    let ruledOut = 0;
    // Collected, not asserted one by one: an expect per ruled-out pattern and line cost more than
    // the test's limit on a loaded machine.
    const wronglyRuledOut: string[] = [];
    for (const line of lines) {
      for (const text of [line, line.toUpperCase()]) {
        const may = screen(text);
        patterns.forEach((p, i) => {
          if (may(i)) return;
          ruledOut++;
          p.lastIndex = 0;
          if (p.test(text)) wronglyRuledOut.push(`${p.source} on ${text}`);
          p.lastIndex = 0;
        });
      }
    }
    expect(wronglyRuledOut).toEqual([]);
    expect(ruledOut).toBeGreaterThan(lines.length);
  });
});

describe('literalFinder', () => {
  it('lists each word the text holds once, in the order the scan met it', () => {
    const find = literalFinder(['visit', 'tariff', 'if']);
    expect(find('A visit, new TARIFFS, another visit')).toEqual([0, 2, 1]);
    expect(find('nothing here')).toEqual([]);
  });
});

describe('patternCandidates', () => {
  it('lists, ascending, the patterns the screen lets through, those without words included', () => {
    const patterns = [/\bBusan\b.{0,30}\b(?:meeting|summit)\b/i, /\d+\s+percent/i, /visa/i, /\d/];
    expect(patternCandidates(patterns)('Leaders met in Busan for a summit')).toEqual([0, 3]);
    expect(patternCandidates(patterns)('Busan port; 20 PERCENT, visas')).toEqual([1, 2, 3]);
  });

  it('agrees with patternScreen on every kind pattern and every line of our articles', () => {
    const patterns = KINDS.flatMap((k) => [k.cue, ...k.verbal, ...k.nominal]);
    const screen = patternScreen(patterns);
    const candidates = patternCandidates(patterns);
    const lines = readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(ARTICLES, f), 'utf8').split(/\r?\n/));
    let listed = 0;
    for (const line of lines) {
      const may = screen(line);
      const expected = patterns.flatMap((_, i) => (may(i) ? [i] : []));
      const got = candidates(line);
      listed += got.length;
      expect(got, line).toEqual(expected);
    }
    expect(listed).toBeGreaterThan(0);
  });
});
