import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticles, seed, sourcesOf } from './eventsOfArticles.ts';

describe('a case’s steps across articles', () => {
  const hearing = seed(
    'a.txt',
    '2025-01-12',
    'On Friday the justices of the Supreme Court heard arguments on the app law.',
  );
  const ruling = seed(
    'b.txt',
    '2025-01-18',
    'On Friday the Supreme Court ruled nine to zero that the app law stands.',
  );
  const retold = seed(
    'c.txt',
    '2025-06-02',
    'The Supreme Court upheld that law last January, days before it took effect.',
  );

  it('keeps the hearing and the ruling apart, and joins two tellings of the ruling', () => {
    const events = eventsOfArticles([hearing, ruling, retold]).filter(
      (e) => e.kind === 'legal-case',
    );
    expect(events.map((e) => [e.date.start, sourcesOf(e)])).toEqual([
      ['2025-01-10', ['a']],
      ['2025-01-17', ['b', 'c']],
    ]);
  });
});

describe('a law told object first, with an aside', () => {
  it('reads "that law, just to recap, was signed by the president" as its signing', () => {
    const [d] = detectSentence(
      'And that law, just to recap, was signed by President Biden last April, inside a spending package.',
      '2025-01-20',
    );
    expect([d?.kind, d?.date?.start]).toEqual(['legislation', '2024-04']);
  });
});
