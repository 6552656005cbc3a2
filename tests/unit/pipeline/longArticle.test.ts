import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../../../src/data/eventSchema.ts';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { loadSeedArticle, loadSeedConfig } from './loadSeedConfig.ts';

const config = loadSeedConfig();
const seed = loadSeedArticle();
/** About 1 MB: the seed article told 300 times over in one file. */
const REPEATS = 300;

function build(repeats: number): { text: string; file: EventsFile } {
  const text = Array.from({ length: repeats }, () => seed.text).join('\n');
  return { text, file: buildEventsFile([{ file: seed.file, text }], config).file };
}

/**
 * A megabyte-long article is handled like a short one: the pipeline's shortcuts for long texts
 * (per-kind merging, skipped segmenter calls) must not lose, shift or invent anything. Telling
 * the same story again in the same article adds mentions to the same events, never new events.
 */
describe('a very long article', () => {
  const single = build(1).file;
  const long = build(REPEATS);

  it('is about a megabyte', () => {
    expect(long.text.length).toBeGreaterThan(900_000);
  });

  it('yields the same events as the article told once', () => {
    const summary = (file: EventsFile) =>
      file.events.map((e) => ({ id: e.id, date: e.date, status: e.status, themes: e.themes }));
    expect(summary(long.file)).toEqual(summary(single));
  });

  it('gives every event one mention per telling, each quoting the text at its offsets', () => {
    const once = new Map(single.events.map((e) => [e.id, e.mentions.length]));
    for (const event of long.file.events) {
      expect(event.mentions.length).toBe((once.get(event.id) ?? 0) * REPEATS);
      for (const m of event.mentions) expect(long.text.slice(m.start, m.end)).toBe(m.quote);
    }
    const offsets = long.file.events.flatMap((e) => e.mentions.map((m) => `${e.id}:${m.start}`));
    expect(new Set(offsets).size).toBe(offsets.length);
  });
});
