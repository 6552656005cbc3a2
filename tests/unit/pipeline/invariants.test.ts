import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLUG } from '../../../src/data/eventSchema.ts';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';
import type { SeedInput } from '../../../src/pipeline/pipelineTypes.ts';
import { serializeEventsFile } from '../../../src/pipeline/serializeEventsFile.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');
const corpus: SeedInput[] = [
  loadSeedArticle(),
  ...readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: f, text: normaliseText(readFileSync(join(ARTICLES, f), 'utf8')) })),
];
const config = loadSeedConfig();

describe('pipeline invariants', () => {
  const { file } = buildEventsFile(corpus, config);

  it('quotes exactly the source text at their offsets', () => {
    const texts = new Map(file.sources.map((s) => [s.id, s.text]));
    for (const event of file.events) {
      for (const m of event.mentions)
        expect(texts.get(m.sourceId)?.slice(m.start, m.end)).toBe(m.quote);
    }
  });

  it('gives every event a unique readable id, a title and at least one theme', () => {
    const ids = file.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of file.events) {
      expect(e.id).toMatch(SLUG);
      expect(e.title.trim()).not.toBe('');
      expect(e.themes.length).toBeGreaterThan(0);
    }
  });

  it('sorts by date then id, undated events last', () => {
    const keys = file.events.map((e) => [e.date.start ?? '\uffff', e.id] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0] < b[0] ? -1 : 1,
    );
    expect(keys).toEqual(sorted);
  });

  it('is byte-identical on a rerun and independent of input order', () => {
    const again = buildEventsFile([...corpus].reverse(), config).file;
    expect(serializeEventsFile(again)).toBe(serializeEventsFile(file));
  });

  it('keeps ids when an editor changes a date', () => {
    const redated = buildEventsFile(corpus, {
      ...config,
      curation: {
        merges: [],
        edits: [
          {
            id: 'trump-visit-beijing',
            date: { start: '2026-05-14', end: '2026-05-15', precision: 'day', approximate: false },
          },
        ],
      },
    }).file;
    expect(redated.events.map((e) => e.id).sort()).toEqual(file.events.map((e) => e.id).sort());
    expect(redated.events.find((e) => e.id === 'trump-visit-beijing')?.date.start).toBe(
      '2026-05-14',
    );
  });

  it('keeps ids when the registry date of a known event changes', () => {
    const knownEvents = config.knownEvents.map((k) =>
      k.id === 'trump-xi-meeting-busan' ? { ...k, date: { ...k.date, start: '2025-10-31' } } : k,
    );
    const shifted = buildEventsFile([loadSeedArticle()], { ...config, knownEvents }).file;
    const before = buildEventsFile([loadSeedArticle()], config).file;
    expect(shifted.events.map((e) => e.id).sort()).toEqual(before.events.map((e) => e.id).sort());
  });

  it('keeps the events of an article with no date anywhere, undated, with a warning', () => {
    const { file: out, warnings } = buildEventsFile(
      [{ file: 'x.txt', text: 'China imposed new tariffs on American soybeans in April.' }],
      config,
    );
    expect(warnings.join('\n')).toMatch(/x\.txt: no publication date/);
    expect(out.events.map((e) => [e.kind, e.date.start, e.date.precision])).toEqual([
      ['tariffs', null, 'unknown'],
    ]);
  });
});
