import { describe, expect, it } from 'vitest';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

/** Day and title of each event of one article. */
function told(published: string, text: string): string[] {
  return eventsOfArticles([seed('a.txt', published, text)])
    .map((e) => `${e.date.start ?? 'undated'} ${e.title}`)
    .sort();
}

describe('the day an act is told on', () => {
  it("takes the closing attribution's day, not a measure's named on the way", () => {
    const events = told(
      '2024-07-18',
      'China has suspended its dialogue with the United States on arms control, blaming continued American weapons sales to Taiwan, its foreign ministry said on Wednesday.',
    );
    expect(events).toEqual(['2024-07-17 China halts dialogue with US']);
  });

  it('does not take a month that names the measure acted on', () => {
    const events = told(
      '2022-12-16',
      'Beijing lodged a WTO complaint against the October controls on Monday.',
    );
    expect(events.map((e) => e.slice(0, 10))).toEqual(['2022-12-12']);
  });

  it('reads a timeline entry heading with its weekday in brackets', () => {
    const page = [
      'Timeline of measures',
      '',
      'Entries are listed newest first.',
      '',
      'June 29, 2017 (Thursday)',
      'The Commerce Department adds two Chinese shippers to the Entity List.',
    ].join('\n');
    expect(told('2017-07-10', page).map((e) => e.slice(0, 10))).toEqual(['2017-06-29']);
  });

  it('keeps a hope to visit off the timeline', () => {
    const page = [
      'Live: talks in Vienna',
      '',
      '09:20 ET',
      'On Monday the foreign minister met the US ambassador in Beijing. Three cabinet members are said to be hoping to visit China in the coming months.',
    ].join('\n');
    expect(told('2023-05-11', page).some((e) => /visit/i.test(e))).toBe(false);
  });

  it('dates an update under a "16:50 ET" stamp', () => {
    const page = [
      'Live: talks in Vienna',
      '',
      '16:50 ET',
      "BREAKING: White House says national security adviser Jane Doe has held talks with China's top diplomat Wang Yi in Vienna. More soon.",
    ].join('\n');
    expect(told('2023-05-11', page).map((e) => e.slice(0, 10))).toEqual(['2023-05-11']);
  });

  it('reads "would attend Monday\'s inauguration" as the coming Monday, in the other side\'s capital', () => {
    const events = told(
      '2025-01-18',
      "Beijing said on Friday that Vice President Han Zheng would attend Monday's inauguration as Xi's special envoy.",
    );
    expect(events).toEqual(['2025-01-20 Han to visit Washington']);
  });
});
