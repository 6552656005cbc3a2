import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

const DIR = join(__dirname, '../../fixtures/articles');
const articles = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

describe('edits survive new articles', () => {
  const config = loadSeedConfig();
  const alone = buildEventsFile([loadSeedArticle()], config).file;
  const ids = alone.events.map((e) => e.id);

  // Named to sort before and after the seed: a new article's place in the folder must not matter.
  it.each(articles.flatMap((name) => [[`000_${name}`], [`zzz_${name}`]]))(
    'adding %s keeps every event id, so the curation file still applies',
    (file) => {
      const text = normaliseText(readFileSync(join(DIR, file.slice(4)), 'utf8'));
      const { file: out } = buildEventsFile([loadSeedArticle(), { file, text }], config);
      expect(ids.filter((id) => !out.events.some((e) => e.id === id))).toEqual([]);
      expect(out.curationWarnings).toBeUndefined();
      expect(out.events.find((e) => e.id === 'trump-xi-call')?.notes?.join(' ')).toMatch(
        /5 June 2025/,
      );
    },
  );
});
