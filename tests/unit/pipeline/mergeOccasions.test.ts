import { describe, expect, it } from 'vitest';
import { eventsOfArticles, seed, sourcesOf } from './eventsOfArticles.ts';

describe('an act that names no one', () => {
  const anonymous = seed(
    'a.txt',
    '2024-05-15',
    'Where did the duty come from? His administration began imposing the tariffs in July 2018.',
  );

  it('joins the one act of its kind and month another article tells', () => {
    const events = eventsOfArticles([
      anonymous,
      seed(
        'b.txt',
        '2021-03-23',
        'In July 2018 Washington imposed duties on $34 billion of Chinese goods.',
      ),
    ]);
    const both = events.filter((e) => sourcesOf(e).length === 2);
    expect(both.map((e) => [e.kind, e.date.start])).toEqual([['tariffs', '2018-07']]);
  });

  it('stays apart when the month already holds two such acts', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2021-03-23',
        'In July 2018 Washington imposed duties on $34 billion of Chinese goods. In July 2018 Beijing imposed duties on $34 billion of American goods.',
      ),
      { ...anonymous, file: 'b.txt' },
    ]);
    expect(events.filter((e) => sourcesOf(e).length === 2)).toEqual([]);
  });

  it('does not lend its date to an undated act of someone else told before it', () => {
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2024-05-15',
        [
          'The White House on Tuesday announced steep increases in tariffs on Chinese chips.',
          'President Joe Biden directed his trade representative to raise tariffs on Chinese chips.',
          'His administration began imposing the tariffs in July 2018.',
          // Paragraphs apart, so the raise takes no day from the paragraph's first sentence.
        ].join('\n\n'),
      ),
    ]);
    const july = events.find((e) => e.date.start === '2018-07');
    expect(july?.mentions.map((m) => m.quote)).toEqual([
      'His administration began imposing the tariffs in July 2018.',
    ]);
  });
});
