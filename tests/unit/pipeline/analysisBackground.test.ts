import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

/**
 * Dense analyses and op-eds tell past acts in passing, each with its own date, while the
 * article's news is elsewhere. Each such act is an event on the timeline.
 */
describe('past acts told in passing in an analysis', () => {
  it('dates an act in a "when" clause hung on a date with that date', () => {
    const found = detectSentence(
      'The hotline they reopened this week is the one Beijing closed in March 2021, when it protested the arms sale by suspending military talks.',
      '2021-11-20',
    );
    const halt = found.find((d) => d.kind === 'dialogue-halt');
    expect(halt?.date?.start).toBe('2021-03');
  });

  it('gives the act of a pronoun-led clause to the subject of the clause before it', () => {
    const found = detectSentence(
      'The hotline they reopened this week is the one Beijing closed in March 2021, when it protested the arms sale to Taiwan by suspending military talks.',
      '2021-11-20',
    );
    const halt = found.find((d) => d.kind === 'dialogue-halt');
    expect(halt?.actors[0]).toBe('China');
  });

  it('dates an act told in the past perfect by the limit "by" puts on it', () => {
    const found = detectSentence(
      'By June 2019 Beijing had ordered the American consulate in a western city closed.',
      '2021-03-23',
    );
    const closure = found.find((d) => d.kind === 'consulate-closure');
    expect(closure?.date?.start).toBe('2019-06');
    expect(closure?.status).toBe('occurred');
    // Without the past perfect the limit is the deadline of the order, not its date.
    const limit = detectSentence(
      'Washington ordered China to close its consulate in the city by June 30.',
      '2021-06-28',
    );
    expect(limit.find((d) => d.kind === 'consulate-closure')?.date).toBeNull();
  });
});

function eventsOf(published: string, text: string) {
  return eventsOfArticle(text, published).map((e) => ({
    kind: e.kind,
    date: e.date.start,
    title: e.title,
  }));
}

describe('"X followed in <date>" repeats the act the sentence before told', () => {
  it('lists the follower of a listing at its own date', () => {
    const events = eventsOf(
      '2024-02-01',
      'ZTE was placed on the Entity List in March 2016. Huawei, its larger rival, followed in May 2019.',
    );
    const listings = events.filter((e) => e.kind === 'entity-list');
    expect(listings.map((e) => e.date)).toEqual(['2016-03', '2019-05']);
    expect(listings[1]?.title).toMatch(/^US adds Huawei to/);
  });

  it('reads a second follower whose verb is left out', () => {
    const events = eventsOf(
      '2025-09-01',
      'Howard Lutnick visited Beijing in April. Scott Bessent followed in May, and Jamieson Greer in late June.',
    );
    const visits = events.filter((e) => e.kind === 'visit');
    expect(visits.map((e) => e.date)).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(visits[2]?.title).toMatch(/^Greer/);
  });

  it('does not read a plain noun that followed as a new act', () => {
    const events = eventsOf(
      '2025-09-01',
      'Washington raised tariffs on Chinese steel in April. Protests followed in May.',
    );
    expect(events.filter((e) => e.kind === 'tariffs')).toHaveLength(1);
  });
});

describe("a summit's outcomes told after it", () => {
  it('dates what the leaders agreed with the day of the meeting told before', () => {
    const events = eventsOf(
      '2024-06-02',
      'Trump and Xi met in Lima on Saturday.\n\n' +
        'Over a long lunch the two leaders agreed to resume military-to-military talks, and Beijing pledged to crack down on the firms that ship fentanyl precursors abroad.',
    );
    expect(events.find((e) => e.kind === 'dialogue-restored')).toMatchObject({
      date: '2024-06-01',
      title: 'US and China restore military communication',
    });
    expect(events.find((e) => e.kind === 'fentanyl-curbs')?.date).toBe('2024-06-01');
  });

  it('leaves an outcome with no encounter before it undated', () => {
    const events = eventsOf(
      '2024-06-02',
      'The two governments agreed to resume military-to-military talks.',
    );
    expect(events.find((e) => e.kind === 'dialogue-restored')?.date).toBeNull();
  });
});

describe('a freeze agreed', () => {
  it('is a pause that took hold when agreed, not a plan to impose', () => {
    const found = detectSentence(
      'Over dinner in Osaka in June 2019, Trump and Xi agreed to freeze further tariffs while their envoys kept talking.',
      '2020-02-01',
    );
    // Told as the truce it is (an agreement) or as the pause it made, it happened, and nothing
    // in it is a plan to impose tariffs.
    expect(found.map((d) => [d.kind, d.status])).toContainEqual(
      expect.arrayContaining(['occurred']),
    );
    expect(found.filter((d) => d.kind === 'tariffs' && d.action !== 'pause')).toEqual([]);
    expect(found.filter((d) => d.status === 'planned')).toEqual([]);
    // A promise to act is still a plan.
    const promise = detectSentence(
      'Beijing agreed to impose new tariffs on American farm goods.',
      '2020-02-01',
    );
    expect(promise.find((d) => d.kind === 'tariffs')?.status).toBe('planned');
  });
});
