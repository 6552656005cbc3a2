import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

describe('talks and their sittings', () => {
  it('spans "two days of talks" that ended on the day told', () => {
    const [d] = detectSentence(
      'US and Chinese negotiators wrapped up two days of talks in Madrid on Tuesday.',
      '2025-09-16',
    );
    expect(d?.date).toMatchObject({ start: '2025-09-15', end: '2025-09-16', precision: 'day' });
  });

  it('takes a sitting the article dates within its talks as those talks', () => {
    const events = eventsOfArticle(
      'US and Chinese negotiators wrapped up two days of talks in Madrid on Tuesday. The negotiators met for six hours on Monday and resumed on Tuesday morning.',
      '2025-09-16',
    );
    expect(events.map((e) => e.kind)).toEqual(['talks']);
    expect(events[0]?.mentions).toHaveLength(2);
  });

  it('keeps a meeting with someone the talks did not name apart', () => {
    const events = eventsOfArticle(
      'US envoy John Kerry wrapped up three days of talks with Vice President Han Zheng in Beijing on Wednesday. On Tuesday Kerry met Premier Li Qiang.',
      '2023-07-19',
    );
    expect(events.map((e) => e.kind).sort()).toEqual(['meeting', 'talks']);
  });
});
