import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';

function starts(sentence: string, published: string): (string | null)[][] {
  const { article } = parseArticle(
    { file: 'rule.txt', text: `A rule for the rivers\n\n${sentence}`, meta: { published } },
    { knownEvents: [] },
  );
  return article.detections
    .filter((d) => d.kind === 'deadline')
    .map((d) => [d.status, d.date?.start ?? null]);
}

describe('the day a measure of a law starts', () => {
  it('reads a measure named by its Act and a relative day with its date after it', () => {
    expect(
      starts(
        'Dredging firms were told to prepare before the reporting rule in the Clean Rivers Act (CRA) takes effect tomorrow, May 2.',
        '2024-05-01',
      ),
    ).toEqual([['planned', '2024-05-02']]);
  });

  it('reads a count of days that the sentence reads out as a date', () => {
    expect(
      starts(
        'The presumption takes effect 90 days after signing, which puts it at May 2, 2024.',
        '2024-02-02',
      ),
    ).toEqual([['planned', '2024-05-02']]);
  });
});
