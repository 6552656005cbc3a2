import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { normaliseText } from '../../../src/pipeline/normaliseText.ts';

const DIR = join(__dirname, '../../fixtures/articles');

function titleOf(stem: string, sentence: string): string | undefined {
  const text = normaliseText(readFileSync(join(DIR, `${stem}.txt`), 'utf8'));
  const { file } = buildEventsFile([{ file: `${stem}.txt`, text }], {
    knownEvents: [],
    curation: { merges: [], edits: [] },
  });
  return file.events.find((e) => e.mentions.some((m) => m.quote.includes(sentence)))?.title;
}

// A title must say who did what to whom: the side that acted, not a name the sentence acts on.
describe('titles of the fixture articles in real-news styles', () => {
  it.each([
    ['020_balloon_broadcast_transcript', 'shot down the balloon', 'US shoots down Chinese balloon'],
    [
      '020_balloon_broadcast_transcript',
      'rejected a Pentagon request',
      'China halts military dialogue with US',
    ],
    [
      '022_wire_rewrite_retaliation',
      'added 15 US defence firms',
      'China adds US firms to unreliable entity list',
    ],
    [
      '022_wire_rewrite_retaliation',
      'suspended soybean imports',
      'China suspends imports of soybeans',
    ],
    ['023_live_updates_london_talks', 'had reached a framework', 'US and China reach agreement'],
    [
      '023_live_updates_london_talks',
      'began talks in London',
      'China and US hold trade talks in London',
    ],
  ])('%s: "%s" is titled "%s"', (stem, sentence, title) => {
    expect(titleOf(stem, sentence)).toBe(title);
  });
});
