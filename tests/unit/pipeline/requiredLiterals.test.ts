import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasRequiredLiterals, requiredLiterals } from '../../../src/pipeline/requiredLiterals.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');

describe('requiredLiterals', () => {
  it.each([
    [
      '\\bBusan\\b.{0,30}\\b(?:meeting|summit|talks|sit-down)\\b',
      [['busan'], ['meeting', 'summit', 'talks', 'sit-down']],
    ],
    ['\\b(?:talks|dialogue)\\b.{0,40}\\b(?:Alaska)\\b', [['alaska'], ['talks', 'dialogue']]],
    ['\\breciprocal["”’\']?\\s+tariffs?\\b', [['reciprocal'], ['tariff']]],
    ['\\b7\\.5\\s?(?:%|per\\s?cent|percent)', [['7.5'], ['%', 'cent', 'percent']]],
    ['\\bballoon\\b.{0,40}\\bshot\\s+down|shoot\\w*\\s+down', [['balloon', 'shoot']]],
  ])('%s needs a word of each of %j', (pattern, groups) => {
    expect(requiredLiterals(pattern)).toEqual(groups);
  });

  it('requires nothing of a pattern that can match without a word, or that it cannot read', () => {
    for (const pattern of [
      '(?:tariffs?|)\\s+',
      'a*',
      '[a-z]+',
      '\\p{L}+',
      '(?<!not\\s)x?',
      '\\1',
    ]) {
      expect(requiredLiterals(pattern)).toEqual([]);
    }
  });

  it('words in a lookaround are not required', () => {
    expect(requiredLiterals('(?<=Vice )President\\b')).toEqual([['president']]);
    expect(requiredLiterals('(?!postpone)visit')).toEqual([['visit']]);
  });

  it('a text passes only with a word of every group', () => {
    const groups = requiredLiterals('\\bBusan\\b.{0,30}\\b(?:meeting|summit)\\b');
    expect(hasRequiredLiterals('the busan summit', groups)).toBe(true);
    expect(hasRequiredLiterals('the busan port', groups)).toBe(false);
    expect(hasRequiredLiterals('anything', [])).toBe(true);
  });

  // The screen must never hide a match: wherever an alias matches a line of our own articles,
  // that line has the words the alias requires.
  it('never rejects a line that a registry alias matches', () => {
    const texts = [
      loadSeedArticle().text,
      ...readdirSync(ARTICLES)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(ARTICLES, f), 'utf8')),
    ];
    const lines = texts.flatMap((t) => t.split(/\r?\n/));
    let matched = 0;
    for (const event of loadSeedConfig().knownEvents) {
      for (const alias of event.aliases) {
        const groups = requiredLiterals(alias);
        const pattern = new RegExp(alias, 'i');
        for (const line of lines.filter((l) => pattern.test(l))) {
          matched++;
          expect(hasRequiredLiterals(line.toLowerCase(), groups)).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
