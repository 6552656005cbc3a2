import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

function eventsOf(published: string, text: string) {
  return eventsOfArticle(text, published).map((e) => ({
    date: e.date.start,
    kind: e.kind,
    title: e.title,
    quotes: e.mentions.map((m) => m.quote),
  }));
}

describe('an undated retelling of an event its article dates', () => {
  it('joins the dated meeting instead of standing alone as a dateless meeting', () => {
    const events = eventsOf(
      '2021-03-19',
      'The two delegations met in Anchorage on Thursday, with trade high on the list. ' +
        'Antony Blinken met his counterpart Wang Yi for a second session, aides said.',
    );
    expect(events.filter((e) => e.date === null)).toEqual([]);
    const meeting = events.find((e) => e.kind === 'meeting');
    expect(meeting?.date).toBe('2021-03-18');
    expect(meeting?.quotes).toHaveLength(2);
  });

  it('folds the terms of a dated deal into the deal', () => {
    const events = eventsOf(
      '2025-06-05',
      'Washington and Beijing reached a trade agreement in Geneva in May. ' +
        'Under that pact, the two governments agreed that Washington would lower its duties on Chinese goods to 20 percent.',
    );
    expect(events.filter((e) => e.date === null)).toEqual([]);
    expect(events.map((e) => e.kind)).toEqual(['agreement']);
  });

  it("keeps an undated act of the other side: China's retaliation is not the US tariff", () => {
    const events = eventsOf(
      '2025-02-04',
      // Two paragraphs: within one, the second act would take the day the first told.
      'China imposed tariffs on American coal on Tuesday.\n\n' +
        'The United States imposed tariffs on Chinese steel as well.',
    );
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ['tariffs', '2025-02-04'],
      ['tariffs', null],
    ]);
  });
});
