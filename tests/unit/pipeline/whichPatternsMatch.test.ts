import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/pipeline/kinds/kindTable.ts';
import { whichPatternsMatch } from '../../../src/pipeline/whichPatternsMatch.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');

describe('whichPatternsMatch', () => {
  it('finds a pattern whose match starts inside an earlier pattern’s match', () => {
    // "blacklisted": the union first matches "black" at 0; "\blist" never matches, "list" at 5.
    const test = whichPatternsMatch([/black/i, /list/i, /\blist/i, /ban/i, /bank/i]);
    expect(test('Blacklisted by the bank')).toEqual([true, true, false, true, true]);
    expect(test('a bare bench')).toEqual([false, false, false, false, false]);
    // The union's first match, "blackl", ends after "klis" has begun.
    expect(whichPatternsMatch([/blackl/i, /klis/i])('Blacklisted')).toEqual([true, true]);
  });

  it('still tests, at the same offset, the patterns after the one the union matched', () => {
    // At 0 the union takes "(tari)(ff)?"; "tariffs" matches there too, and the inner groups
    // must not be mistaken for the next pattern's.
    const test = whichPatternsMatch([/(q)(r)?s/i, /(tari)(ff)?/i, /tariffs/i, /duty/i]);
    expect(test('Tariffs rose')).toEqual([false, true, true, false]);
    expect(test('qrs duty')).toEqual([true, false, false, true]);
    expect(test('duty on tariffs')).toEqual([false, true, true, true]);
  });

  it('tests a pattern with other flags or a backreference on its own', () => {
    const test = whichPatternsMatch([/china/i, /China/, /(ab)\1/i]);
    expect(test('CHINA ABab')).toEqual([true, false, true]);
  });

  it('agrees with testing each kind’s cue alone on every line of our articles', () => {
    const test = whichPatternsMatch(KINDS.map((k) => k.cue));
    const lines = readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(ARTICLES, f), 'utf8').split(/\r?\n/));
    for (const line of lines) expect(test(line)).toEqual(KINDS.map((k) => k.cue.test(line)));
  });
});
