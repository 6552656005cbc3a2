import { describe, expect, it } from 'vitest';
import { eventsFileSchema } from '../../../src/data/eventSchema.ts';
import { parseEventsFile } from '../../../src/data/loadEvents.ts';

const TEXT = 'Harbour news\nThe two sides signed a grain deal on Friday.';
const QUOTE = 'The two sides signed a grain deal on Friday.';

function file(source: Record<string, unknown>): unknown {
  return {
    schemaVersion: 1,
    sources: [
      { id: 'grain', file: 'grain.txt', title: 'Harbour news', published: null, ...source },
    ],
    events: [
      {
        id: 'grain-deal',
        title: 'Grain deal signed',
        summary: '',
        date: { start: null, precision: 'unknown', approximate: false },
        status: 'occurred',
        themes: ['trade'],
        tags: [],
        actors: [],
        mentions: [{ sourceId: 'grain', start: 13, end: 13 + QUOTE.length, quote: QUOTE }],
      },
    ],
  };
}

describe('events.json with source texts in their own files', () => {
  it('validates a source that names its text file instead of carrying the text', () => {
    const parsed = eventsFileSchema.parse(file({ textFile: 'sources/0123456789abcdef.json' }));
    expect(parsed.sources[0]?.text).toBeUndefined();
    const loaded = parseEventsFile(
      JSON.stringify(file({ textFile: 'sources/0123456789abcdef.json' })),
    );
    expect(loaded.ok && loaded.file.events.map((e) => e.id)).toEqual(['grain-deal']);
  });

  it('still validates the whole-text form, quotes checked against the text', () => {
    expect(eventsFileSchema.safeParse(file({ text: TEXT })).success).toBe(true);
    expect(eventsFileSchema.safeParse(file({ text: `x${TEXT}` })).success).toBe(false);
    const loaded = parseEventsFile(JSON.stringify(file({ text: `x${TEXT}` })));
    expect(loaded.ok && loaded.skipped).toBe(1);
  });

  it.each([
    ['neither text nor a text file', {}],
    [
      'a text file on another site',
      { textFile: 'https://example.org/sources/0123456789abcdef.json' },
    ],
    ['a text file outside the data folder', { textFile: 'sources/../../secret.json' }],
    ['a text file that is not named by a hash', { textFile: 'sources/grain.json' }],
  ])('rejects a source with %s', (_, source) => {
    expect(eventsFileSchema.safeParse(file(source)).success).toBe(false);
    const loaded = parseEventsFile(JSON.stringify(file(source)));
    // The source is dropped, so the event citing it is skipped rather than shown without a text.
    expect(loaded.ok && loaded.file.sources).toEqual([]);
    expect(loaded.ok && loaded.skipped).toBe(1);
  });
});
