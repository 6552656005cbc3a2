import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

const events = (body: string, published: string): string[] =>
  datedTitles(`Beijing answers\n\n${body}`, published);

describe('what a body the paragraph named says it will do', () => {
  it('is announced on the paragraph’s day, by the side that says it', () => {
    expect(
      events(
        "China's defence ministry reacted angrily on Saturday. The ministry said it would recall its navy chief, who was visiting a naval conference, and would postpone military talks with the US.",
        '2024-05-06',
      ),
    ).toEqual(['2024-05-04 occurred China halts military dialogue with US']);
  });

  it('stays a plan when no day was told for the telling', () => {
    expect(
      events('The ministry said it would postpone military talks with the US.', '2024-05-06'),
    ).toEqual(['undated planned China halts military dialogue with US']);
  });
});
