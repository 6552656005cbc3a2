import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

describe('an earlier encounter told inside the story of a new one', () => {
  const text =
    'Blinken met Wang Yi in Munich on Saturday, on the margins of a security forum. ' +
    "Saturday's session was the first meeting between the two countries' top diplomats since July 2023, when Blinken met Wang on the margins of a regional forum in Jakarta.\n\n" +
    'In January the two foreign ministers held a call to prepare the forum.';
  const events = eventsOfArticle(text, '2024-02-19');

  it('dates the meeting of the "since …, when" clause to that month, apart from the new one', () => {
    expect(events.map((e) => [e.kind, e.date.start])).toEqual(
      expect.arrayContaining([
        ['meeting', '2023-07'],
        ['meeting', '2024-02-17'],
      ]),
    );
    const today = events.find((e) => e.date.start === '2024-02-17');
    expect(today?.summary).not.toMatch(/Jakarta/);
  });

  it('tells the call the two ministers held as a call between the two sides', () => {
    const call = events.find((e) => e.kind === 'phone-call');
    expect(call).toMatchObject({ date: { start: '2024-01' }, status: 'occurred' });
    expect(call?.actors).toEqual(expect.arrayContaining(['United States', 'China']));
  });
});

describe('an encounter named in a "since" clause after the act', () => {
  const events = eventsOfArticle(
    'In Lima on Tuesday, trade envoy Katherine Tai met Vice Premier He Lifeng, their first session since Presidents Joe Biden and Xi Jinping held their summit in Bali last November.',
    '2023-03-10',
  );

  it('is the leaders’ summit, told by the leaders and on its own date', () => {
    const summit = events.find((e) => e.date.start === '2022-11');
    expect(summit?.actors).toEqual(['Joe Biden', 'Xi Jinping']);
  });

  it('lends neither its date nor its leaders to the meeting the sentence tells', () => {
    const today = events.find((e) => e.date.start === '2023-03-07');
    expect(today?.actors).toEqual(['Katherine Tai', 'He Lifeng']);
  });
});
