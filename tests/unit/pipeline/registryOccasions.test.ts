import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';
import { loadSeedConfig } from './loadSeedConfig.ts';

/**
 * A named occasion takes the registry's date, but only one the article could have told: the
 * stages of one deal (announced, written, signed) are separate entries, and the text's own day
 * or tense picks among them.
 */
const registry = loadSeedConfig().knownEvents;
const told = (text: string, published: string) =>
  eventsOfArticle(text, published, registry).map((e) => ({
    id: e.id,
    start: e.date.start,
    status: e.status,
  }));

describe('the stage of a deal an article tells as done', () => {
  it('is the announcement in an article written before the text was agreed', () => {
    const events = told(
      'Officials said on background that the two governments had reached what the president called a phase one trade deal.',
      '2019-10-14',
    );
    expect(events).toContainEqual({
      id: 'phase-one-deal-announced',
      start: '2019-10-11',
      status: 'occurred',
    });
    expect(events.map((e) => e.id)).not.toContain('phase-one-deal-reached');
  });

  it('is the latest stage by the article day, when the words fit several stages alike', () => {
    const events = told(
      'Farm groups complained that the phase one deal had done little for soybean growers.',
      '2021-03-02',
    );
    expect(events).toContainEqual({
      id: 'phase-one-deal-signed',
      start: '2020-01-15',
      status: 'occurred',
    });
  });
});

describe('a named event the text dates only by its year', () => {
  it('keeps the registry day, which the year fits', () => {
    const events = told(
      'The ministry put two drone makers on its unreliable entity list, the blacklist Beijing created three years ago.',
      '2022-09-01',
    );
    expect(events).toContainEqual({
      id: 'china-unreliable-entity-list-created',
      start: '2019-05-31',
      status: 'occurred',
    });
  });
});

describe('a done act and the registry day after the paper', () => {
  it('allows one day, for a summit abroad written up the evening before by the calendar', () => {
    const events = told(
      'Aides said the two presidents had agreed a truce in Busan after their talks.',
      '2025-10-29',
    );
    expect(events.map((e) => e.id)).toContain('us-china-busan-truce');
  });

  it('allows no more: a paper of 2024 cannot tell the 2025 truce as done', () => {
    const events = told(
      'Aides said the two presidents had agreed a truce in Busan after their talks.',
      '2024-06-01',
    );
    expect(events.map((e) => e.id)).not.toContain('us-china-busan-truce');
  });
});
