import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';

function kinds(sentence: string): string[] {
  const { article } = parseArticle(
    {
      file: 'goods.txt',
      text: `Goods on the move\n\n${sentence}`,
      meta: { published: '2024-04-10' },
    },
    { knownEvents: [] },
  );
  return article.detections.filter((d) => d.verbal).map((d) => d.kind);
}

describe('goods named by what is done to them tell no act', () => {
  it('reads "supplier of imported pork" as no purchase', () => {
    expect(
      kinds('Before the quarrel, Canada was the main seller of imported pork to the region.'),
    ).not.toContain('purchase');
    expect(kinds('Japan imported pork from Canada on Monday.')).toContain('purchase');
  });

  it('reads a crate that "arrives in August" as no visit', () => {
    expect(
      kinds('A crate that leaves the port this week will be checked when it arrives in August.'),
    ).not.toContain('visit');
    expect(kinds('The envoy arrives in Manila on Friday.')).toContain('visit');
  });
});
