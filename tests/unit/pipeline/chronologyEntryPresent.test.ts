import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/pipeline/buildEventsFile.ts';

const CHRONOLOGY = [
  'Backgrounder: the fight over the river ports',
  '',
  'River Ledger | May 10, 2024',
  '',
  'Barge traffic has slowed for months as the two capitals trade blows over the ports. Key dates:',
  '',
  'MARCH 2019',
  'Beijing bars two American barge operators from its river ports.',
  '',
  'JUNE 4, 2021',
  'The Commerce Department fines the state shipping group for false manifests.',
  'Beijing later revokes the ban, with conditions.',
  '',
  'AUGUST 2022',
  'Talks begin working on terms for a return of the barges.',
].join('\n');

describe('a chronology entry told in the present under its heading', () => {
  it('reads the act the entry tells, dated by its heading', () => {
    const { article } = parseArticle(
      { file: 'ports.txt', text: CHRONOLOGY, meta: { published: '2024-05-10' } },
      { knownEvents: [] },
    );
    const acts = article.detections
      .filter((d) => d.kind === 'official-act')
      .map((d) => [d.segment.text.slice(d.triggerStart, d.triggerEnd), d.date?.start ?? null]);
    expect(acts).toContainEqual(['bars', '2019-03']);
    expect(acts).toContainEqual(['fines', '2021-06-04']);
    // Done after the heading's day, and a plural noun before a preposition: neither is an act.
    expect(acts.map(([verb]) => verb)).not.toContain('revokes');
    expect(acts.map(([verb]) => verb)).not.toContain('terms');
  });
});
