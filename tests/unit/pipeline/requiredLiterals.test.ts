import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../src/pipeline/requiredLiterals.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');

describe('requiredLiterals', () => {
  it.each([
    ['\\bBusan\\b.{0,30}\\b(?:meeting|summit|talks|sit-down)\\b', ['busan']],
    ['\\b(?:talks|dialogue)\\b.{0,40}\\b(?:Anchorage|Alaska)\\b', ['anchorage', 'alaska']],
    ['\\breciprocal["”’\']?\\s+tariffs?\\b', ['reciprocal']],
    ['\\b7\\.5\\s?(?:%|per\\s?cent|percent)', ['7.5']],
    ['\\$\\s?34\\s?(?:billion|bn)\\b', ['34']],
    ['\\bballoon\\b.{0,40}\\bshot\\s+down|shoot\\w*\\s+down', ['balloon', 'shoot']],
  ])('%s needs one of %j', (pattern, words) => {
    expect(requiredLiterals(pattern)).toEqual(words);
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
      expect(requiredLiterals(pattern)).toBeNull();
    }
  });

  it('words in a lookbehind or a negative lookahead are not required', () => {
    expect(requiredLiterals('(?<=Vice )President\\b')).toEqual(['president']);
    expect(requiredLiterals('(?!postpone)visit')).toEqual(['visit']);
  });

  // The screen must never hide a match: wherever an alias matches a line of our own articles,
  // one of its words is in that line.
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
        const words = requiredLiterals(alias);
        const pattern = new RegExp(alias, 'i');
        for (const line of lines.filter((l) => pattern.test(l))) {
          matched++;
          expect(words === null || words.some((w) => line.toLowerCase().includes(w))).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(20);
  });
});
