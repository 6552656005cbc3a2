import { describe, expect, it } from 'vitest';
import { buildEventsFile } from '../../../src/pipeline/buildEventsFile.ts';
import { TRADE_CUE } from '../../../src/pipeline/themeCues.ts';

describe('guidance for importers', () => {
  it('puts importers and exporters on the trade beat', () => {
    expect(TRADE_CUE.test('The agency wrote to importers of furniture.')).toBe(true);
    expect(TRADE_CUE.test('Grain exporters met the minister.')).toBe(true);
  });

  it('titles guidance as guidance, on the trade beat', () => {
    const events = buildEventsFile(
      [
        {
          file: 'guidance.txt',
          text: 'The US customs agency issued guidance for importers of furniture on Monday, May 6.',
          meta: { published: '2024-05-10' },
        },
      ],
      { knownEvents: [], curation: { merges: [], edits: [] } },
    ).file.events;
    expect(events.map((e) => [e.title, e.themes.includes('trade')])).toEqual([
      ['US issues guidance', true],
    ]);
  });
});
