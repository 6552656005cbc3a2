import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/pipeline/kinds/kindTable.ts';
import { literalAlternatives } from '../../../src/pipeline/literalAlternatives.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');

/** What the split says of a text: one of the words is in it, or the rest matches. */
function splitTest(re: RegExp, text: string): boolean {
  const { words, rest } = literalAlternatives(re);
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return words.some((w) => lower.includes(w)) || rest?.test(text) === true;
}

describe('literalAlternatives', () => {
  it('spells classes, optional letters and groups, and leaves \\s and \\b to the rest', () => {
    const split = literalAlternatives(/halt|fl[yie]|labell?ed|dut(?:y|ies)|cut\s+off|\bAI\b/i);
    expect(split.words).toEqual([
      'halt',
      'fly',
      'fli',
      'fle',
      'labelled',
      'labeled',
      'duty',
      'duties',
    ]);
    expect(split.rest?.source).toBe('cut\\s+off|\\bAI\\b');
    expect(split.rest?.flags).toBe('i');
  });

  it('keeps a case-sensitive or Unicode regex whole: the scan folds ASCII case only', () => {
    expect(literalAlternatives(/Huawei|ZTE/).words).toEqual([]);
    expect(literalAlternatives(/Huawei|ZTE/).rest?.source).toBe('Huawei|ZTE');
    expect(literalAlternatives(/kg/iu).words).toEqual([]);
  });

  it('answers as every kind cue does on the lines of our articles and the kinds examples', () => {
    const lines = readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(ARTICLES, f), 'utf8').split(/\r?\n/))
      .concat(KINDS.flatMap((k) => [...k.examples.detects, ...k.examples.ignores]));
    let matched = 0;
    for (const kind of KINDS) {
      const cue = new RegExp(kind.cue.source, kind.cue.flags.replace(/[gy]/g, ''));
      for (const line of lines) {
        for (const text of [line, line.toUpperCase()]) {
          const expected = cue.test(text);
          if (expected) matched++;
          expect(splitTest(kind.cue, text), `${kind.id} on ${text}`).toBe(expected);
        }
      }
    }
    expect(matched).toBeGreaterThan(lines.length);
    // Tens of thousands of comparisons: seconds on a busy two-core machine.
  }, 60_000);
});
