import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternScreen } from '../../../src/pipeline/patternScreen.ts';
import { requiredLiterals } from '../../../src/pipeline/requiredLiterals.ts';
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

  // Through patternScreen, the one place the pipeline checks a text against these groups.
  it('a text passes only with a word of every group', () => {
    const screen = patternScreen([/\bBusan\b.{0,30}\b(?:meeting|summit)\b/i, /[a-z]+/i]);
    expect(screen('the busan summit')(0)).toBe(true);
    expect(screen('the busan port')(0)).toBe(false);
    expect(screen('anything')(1)).toBe(true);
  });

  // The screen must never hide a match: wherever an alias matches a line of our own articles,
  // the registry's screen (every alias, screened together as the pipeline does) lets it run.
  it('never rejects a line that a registry alias matches', () => {
    const texts = [
      loadSeedArticle().text,
      ...readdirSync(ARTICLES)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(ARTICLES, f), 'utf8')),
    ];
    const lines = texts.flatMap((t) => t.split(/\r?\n/));
    const aliases = loadSeedConfig().knownEvents.flatMap((event) =>
      event.aliases.map((alias) => new RegExp(alias, 'i')),
    );
    const screen = patternScreen(aliases);
    let matched = 0;
    aliases.forEach((pattern, i) => {
      for (const line of lines.filter((l) => pattern.test(l))) {
        matched++;
        expect(screen(line)(i), `${pattern.source} on ${line}`).toBe(true);
      }
    });
    expect(matched).toBeGreaterThan(20);
  });
});
