import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

describe('a person told as "he" or "she"', () => {
  it('is the traveller, not the host the sentence names after the trip', () => {
    const events = eventsOfArticle(
      [
        'Commerce Secretary Gina Raimondo began a four-day visit to China in Shanghai on Monday.',
        'She is due to travel to Beijing on Wednesday and to meet Premier Li Qiang there.',
      ].join(' '),
      '2026-03-03',
    );
    const trips = events.filter((e) => e.kind === 'visit').map((e) => e.title);
    expect(trips).toContain('Raimondo to visit Beijing');
    expect(trips.some((t) => t.startsWith('Li '))).toBe(false);
  });

  it('leaves a clause whose own subject is named before the trigger alone', () => {
    const events = eventsOfArticle(
      [
        'Commerce Secretary Gina Raimondo began a four-day visit to China in Shanghai on Monday.',
        'She said Premier Li Qiang will travel to Washington in June.',
      ].join(' '),
      '2026-03-03',
    );
    expect(events.map((e) => e.title)).toContain('Li to visit Washington');
  });
});
