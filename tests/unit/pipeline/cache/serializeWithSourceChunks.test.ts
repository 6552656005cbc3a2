import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../../../../src/data/eventSchema.ts';
import { buildEventsFile } from '../../../../src/pipeline/buildEventsFile.ts';
import { sourceChunk } from '../../../../src/pipeline/cache/sourceChunk.ts';
import { serializeEventsFile } from '../../../../src/pipeline/serializeEventsFile.ts';
import { serializeWithSourceChunks } from '../../../../src/pipeline/serializeWithSourceChunks.ts';
import { makeArticles } from '../../../../bench/makeArticles.ts';
import { loadSeedArticle, loadSeedConfig } from '../loadSeedConfig.ts';

function stitched(file: EventsFile): string {
  const parts = serializeWithSourceChunks(file, file.sources.map(sourceChunk));
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString(
    'utf8',
  );
}

describe('events.json stitched from the sources serialised where they were parsed', () => {
  const config = loadSeedConfig();

  it('is byte for byte the file serializeEventsFile writes', () => {
    // Sidecar fields (outlet, url), quotes and text with curly quotes, dashes and non-Latin letters.
    const seeds = [
      ...makeArticles(6),
      loadSeedArticle(),
      {
        file: 'zz_unicode.txt',
        text: 'Published: 4 May 2024\n\n“Beijing” — 北京 — said on Monday it imposed tariffs on US soybeans, a “firm” step.\n',
        meta: { outlet: 'Example “Wire”', url: 'https://example.test/a?b=1&c="2"' },
      },
    ];
    const { file } = buildEventsFile(seeds, config);
    expect(file.sources.some((s) => s.outlet !== undefined)).toBe(true);
    expect(file.events.length).toBeGreaterThan(0);
    expect(stitched(file)).toBe(serializeEventsFile(file));
  });

  it('keeps the keys after the sources where they are, curation warnings included', () => {
    const { file } = buildEventsFile(makeArticles(3), config);
    const warned: EventsFile = { ...file, curationWarnings: ['an edit for "x" found no event'] };
    expect(stitched(warned)).toBe(serializeEventsFile(warned));
  });

  it('writes an empty timeline as serializeEventsFile does', () => {
    const { file } = buildEventsFile([], config);
    expect(file.sources).toHaveLength(0);
    expect(stitched(file)).toBe(serializeEventsFile(file));
  });

  it('refuses chunks that do not match the sources in number', () => {
    const { file } = buildEventsFile(makeArticles(2), config);
    expect(() => serializeWithSourceChunks(file, file.sources.slice(1).map(sourceChunk))).toThrow(
      /1 source chunks for 2 sources/,
    );
  });
});
