import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';

describe('a close pass told by the distance to a ship’s bow', () => {
  it('reads the distance with its conversion in brackets, the ship named by its bow', () => {
    const { article } = parseArticle(
      {
        file: 'pass.txt',
        text: "A close pass at sea\n\nA Chinese frigate came within 90 feet (27 metres) of the cruiser's bow on Friday, the navy said.",
        meta: { published: '2024-05-06' },
      },
      { knownEvents: [] },
    );
    const found = article.detections.map((d) => [d.kind, d.date?.start ?? null]);
    expect(found).toContainEqual(['military', '2024-05-03']);
  });
});
