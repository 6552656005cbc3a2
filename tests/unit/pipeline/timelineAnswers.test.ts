import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

/** A tracker page of our own: day headings with their weekdays, each entry in the present. */
const tracker = (answer: string) =>
  [
    'The consulate drawdown: a running timeline',
    '3 May (Tuesday)',
    'The State Department orders non-emergency staff at the US consulate in Chengdu to leave the city.',
    '4 May (Wednesday)',
    answer,
    '5 May (Thursday)',
    'The Chinese embassy in Washington denounces the order.',
  ].join('\n\n');

describe("a side's answer told in a timeline's present", () => {
  it('is the event of the day its heading gives', () => {
    const titles = datedTitles(
      tracker(
        'Beijing answers: the foreign ministry, through its spokesman, condemns the decision as groundless.',
      ),
      '2022-05-06',
    );
    expect(titles).toContain('2022-05-04 occurred China condemns US');
    expect(titles).toContain('2022-05-05 occurred China denounces US');
  });

  it('counts "the next day" in an entry from the entry before, not from its own heading', () => {
    const titles = datedTitles(
      tracker("China's foreign ministry hits back the next day, calling the order groundless."),
      '2022-05-06',
    );
    expect(titles.filter((t) => /China responds/.test(t))).toEqual([
      '2022-05-04 occurred China responds to US',
    ]);
  });
});
