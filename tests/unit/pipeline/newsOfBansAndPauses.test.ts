import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** Kind, start, status and title of each event an article of our own words yields. */
function eventsOf(published: string, text: string) {
  return eventsOfArticle(text, published).map((e) => [e.kind, e.date.start, e.status, e.title]);
}

describe('news of bans, pauses and cases', () => {
  it('dates a hike called off before its day to the month of writing, as done', () => {
    const [event] = eventsOf(
      '2025-03-20',
      'The Treasury said the White House approved not going ahead with the increase from 20 to 35 percent on Chinese furniture that was scheduled for April 2.',
    );
    expect(event?.slice(0, 3)).toEqual(['tariff-reprieve', '2025-03', 'occurred']);
  });

  it('dates a delay by its own day, not by the day it delays to', () => {
    // The ban put off to June 24 is now also a planned step of its own on that day.
    expect(
      eventsOf(
        '2025-06-12',
        'On Tuesday the department delayed the app download ban by two weeks, to June 24.',
      ).map((e) => e.slice(0, 3)),
    ).toEqual([
      ['tech-restriction', '2025-06-10', 'occurred'],
      ['tech-restriction', '2025-06-24', 'planned'],
    ]);
  });

  it('dates each entry of a timeline by the day that opens it', () => {
    const events = eventsOf(
      '2023-05-02',
      '- March 3, 2021: Prosecutors unseal an indictment against the telecom company.\n\n' +
        '- April 1, 2023: Two years to the day after the charges, the US attorney asks for the indictment against the company to be dismissed.',
    );
    expect(events.map((e) => e.slice(0, 2))).toEqual([
      ['legal-case', '2021-03-03'],
      ['legal-case', '2023-04-01'],
    ]);
  });

  it('reads "before a court" as a place and "not guilty" as a plea', () => {
    expect(
      eventsOf(
        '2025-02-10',
        'On Friday, at a hearing before a court in Seattle, the engineer pleaded not guilty and entered a deferred prosecution agreement with US prosecutors.',
      ).map((e) => e.slice(0, 2)),
    ).toEqual([['legal-case', '2025-02-07']]);
  });

  it('gives a pronoun subject the side told just before it', () => {
    const events = eventsOf(
      '2025-12-05',
      'In March, Beijing said exporters of tungsten and bismuth would need licences. In June it said it would restrict graphite.',
    );
    expect(events.map((e) => e[3])).toEqual([
      'China imposes export controls on critical minerals',
      'China imposes export controls on critical minerals',
    ]);
  });

  it('lets a year that names the Games date nothing beside another date', () => {
    expect(
      eventsOf(
        '2025-11-20',
        'The government said on Tuesday that no senior officials will attend the 2026 Winter Olympics in Milan.',
      ).map((e) => e.slice(0, 3)),
    ).toEqual([['diplomatic-boycott', '2025-11-18', 'occurred']]);
  });
});
