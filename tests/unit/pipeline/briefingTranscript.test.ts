import { describe, expect, it } from 'vitest';
import { datedTitles as events } from './eventsOfArticle.ts';

describe('a briefing transcript’s answers', () => {
  it('gives "we" to the speaker the label names, on the day of the briefing', () => {
    expect(
      events(
        [
          'Regular Press Conference, May 8, 2024',
          '',
          'Q: The US says it will cap visas for Chinese students from June 1. Your comment?',
          '',
          'Mao Ning: We deeply regret the US decision to cap visas for Chinese students from June 1.',
        ].join('\n'),
        '2024-05-08',
      ),
    ).toContain('2024-05-08 occurred China criticises US over students');
  });

  it('reads a label that names only the office by the body the masthead names', () => {
    expect(
      events(
        [
          "Foreign Ministry Spokesperson's Regular Press Conference on May 8, 2024",
          '',
          'Q: Lawmakers want new limits on Chinese firms. Your comment?',
          '',
          "Spokesperson: We firmly oppose the US side's attempt to smear Chinese companies.",
        ].join('\n'),
        '2024-05-08',
      ),
    ).toEqual(['2024-05-08 occurred China criticises US']);
  });

  it('gives an unknown spokesperson the side the sentence before told', () => {
    expect(
      events(
        [
          'Beijing protests',
          '',
          "China's defence ministry also reacted on Saturday. Spokesman Lin Bo expressed the military's strong indignation and said the sale was wrong.",
        ].join('\n'),
        '2024-05-06',
      ),
    ).toEqual(['2024-05-04 occurred China statement']);
  });

  it('titles a known spokesperson’s statement by their side, not their surname', () => {
    expect(
      events(
        [
          'Washington answers',
          '',
          'Spokeswoman Karine Jean-Pierre said in a statement late on Wednesday that the move was cynical.',
        ].join('\n'),
        '2024-05-09',
      ),
    ).toEqual(['2024-05-08 occurred US responds to China']);
  });

  it('leaves out a "we" no label or masthead puts a name to', () => {
    expect(
      events(
        [
          'Notes from the week',
          '',
          "Panellist: We firmly oppose the US side's attempt to smear Chinese companies.",
        ].join('\n'),
        '2024-05-08',
      ),
    ).toEqual([]);
  });
});
