import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

function eventsOf(text: string) {
  return eventsOfArticle(text, '2025-03-07');
}

describe('a list of one day’s measures', () => {
  it('dates each "also" and "further" by the act it continues', () => {
    const events = eventsOf(
      [
        'Beijing imposed tariffs of 10 percent on American pork on Friday.',
        'It also tightened export controls on antimony.',
        'China further placed two US drone makers on its unreliable entity list.',
      ].join('\n\n'),
    );
    const byKind = new Map(events.map((e) => [e.kind, e.date.start]));
    expect(byKind.get('tariffs')).toBe('2025-03-07');
    expect(byKind.get('export-controls')).toBe('2025-03-07');
    expect(byKind.get('entity-list')).toBe('2025-03-07');
  });

  it('does not give one side’s day to an act of the other or to background', () => {
    const events = eventsOf(
      [
        'Beijing imposed tariffs of 10 percent on American pork on Friday.',
        'Washington also tightened export controls on chips.',
        'China had also placed two US drone makers on its unreliable entity list.',
      ].join('\n\n'),
    );
    const byKind = new Map(events.map((e) => [e.kind, e.date.start]));
    expect(byKind.get('export-controls') ?? null).toBeNull();
    expect(byKind.get('entity-list') ?? null).toBeNull();
  });

  it('carries the day past undated paragraphs and into a pronoun-led sentence of the list', () => {
    const events = eventsOf(
      [
        'Beijing imposed tariffs of 10 percent on American pork on Friday.',
        '“This is a firm answer,” a ministry spokesman told reporters.',
        'Traders in Chicago said pork futures barely moved.',
        'Economists expect the dispute to drag on.',
        'In addition to tariffs, Beijing expanded its countermeasures. It placed a drone maker and a seed company on its unreliable entity list.',
      ].join('\n\n'),
    );
    const listing = events.find((e) => e.kind === 'entity-list');
    expect(listing?.date.start).toBe('2025-03-07');
  });

  it('does not carry the day into a pronoun-led sentence that continues nothing', () => {
    const events = eventsOf(
      [
        'Beijing imposed tariffs of 10 percent on American pork on Friday.',
        'It placed a drone maker and a seed company on its unreliable entity list.',
      ].join('\n\n'),
    );
    const listing = events.find((e) => e.kind === 'entity-list');
    expect(listing?.date.start ?? null).toBeNull();
  });
});
