import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';

function found(sentence: string, published: string): (string | null)[][] {
  const { article } = parseArticle(
    { file: 'apples.txt', text: `Apples go east\n\n${sentence}`, meta: { published } },
    { knownEvents: [] },
  );
  return article.detections.map((d) => [d.kind, d.status, d.date?.start ?? null]);
}

describe('what both sides agreed one of them would do, and by when', () => {
  it('reads "the two governments agreed that" as their deal, and its "no later than" day', () => {
    const out = found(
      'In March the two governments agreed, in a wider farm package, that Beijing would admit US apples no later than May 2.',
      '2024-04-10',
    );
    expect(out).toContainEqual(['agreement', 'occurred', '2024-03']);
    expect(out).toContainEqual(['deadline', 'planned', '2024-05-02']);
  });
});
