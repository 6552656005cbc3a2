import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/pipeline/findNames.ts';
import { datedTitles } from './eventsOfArticle.ts';

describe('a mission or officials of a side', () => {
  it('stand for the government', () => {
    expect(findNames('The Chinese embassy in Washington said.').actors.map((a) => a.name)).toEqual([
      'China',
    ]);
    expect(findNames('American officials said.').actors.map((a) => a.name)).toEqual([
      'United States',
    ]);
  });
});

describe('two acts in one sentence, each with its own day', () => {
  it('keep the words of one beside the act no kind knows of the other', () => {
    expect(
      datedTitles(
        "China's foreign ministry condemned the decision on Wednesday, a day after the State Department approved the sale.",
        '2022-01-28',
      ),
    ).toEqual(['2022-01-26 occurred China condemns US']);
  });

  it('give the second verb its own day', () => {
    expect(
      datedTitles(
        'Beijing summoned the US ambassador on December 21 and lodged a protest on December 29.',
        '2023-12-30',
      ),
    ).toEqual([
      '2023-12-21 occurred China summons US ambassador',
      '2023-12-29 occurred China protests to US',
    ]);
  });

  it('date a measure by the clause that says when it was taken', () => {
    expect(
      datedTitles(
        "In a statement on January 27, China's foreign ministry condemned the sanctions announced on January 26.",
        '2023-12-30',
      ),
    ).toEqual([
      '2023-01-26 occurred US imposes sanctions',
      '2023-01-27 occurred China condemns US',
    ]);
    expect(
      datedTitles(
        'The ministry said on Thursday it would respond to the tariffs that Washington imposed on Wednesday.',
        '2023-12-30',
      ),
    ).toEqual(['2023-12-27 occurred US imposes tariffs on Chinese goods']);
  });
});

describe('verbs with their day between the verb and what it does', () => {
  it('reads "met again in"', () => {
    expect(
      datedTitles('US and Chinese negotiators met again in Shanghai on July 31.', '2022-01-28'),
    ).toEqual(['2021-07-31 occurred US and China meet in Shanghai']);
  });

  it('reads a board voting to act', () => {
    expect(
      datedTitles(
        'The FCC voted 4-0 on Thursday to bar the carrier from the network.',
        '2023-12-30',
      ),
    ).toEqual(['2023-12-28 occurred FCC votes to bar the carrier from the network']);
  });

  it('takes no word added to a description for an act', () => {
    expect(
      datedTitles(
        'Both sides called the talks candid; Beijing added the word "constructive" on Friday.',
        '2024-01-28',
      ),
    ).toEqual(['2024-01-26 occurred China and US hold talks']);
  });
});

describe('a bill and what it would do', () => {
  it('is the bill’s step, not a ban', () => {
    expect(
      datedTitles(
        'Yesterday the House committee voted to advance a bill that could ban the app.',
        '2024-03-12',
      ),
    ).toEqual(['2024-03-11 occurred US advances bill']);
    expect(
      datedTitles('On Wednesday the House passed a bill that would ban the app.', '2024-03-12'),
    ).toEqual(['2024-03-06 occurred US passes bill']);
  });
});

describe("a briefing's answers told with the speaker's side", () => {
  it('are made on the day of the briefing', () => {
    expect(
      datedTitles(
        [
          'Transcript of the briefing',
          '',
          'Spokesperson: Good afternoon.',
          '',
          'Q: The State Department announced on Monday new visa limits on Chinese officials. Your comment?',
          '',
          'Spokesperson: China firmly opposes this. We have lodged stern protests with the US side.',
        ].join('\n'),
        '2024-03-12',
      ),
    ).toEqual([
      '2024-03-12 occurred China lodges protest with US',
      '2024-03-12 occurred China criticises US',
    ]);
  });
});

describe('the year a text has told', () => {
  it("heads a chronology's entries", () => {
    expect(
      datedTitles(
        [
          'Timeline of the chip fight',
          '',
          '2019',
          'May 15 - The Commerce Department adds Huawei to the entity list.',
          '',
          '2020',
          'December 18 - SMIC is added to the entity list.',
        ].join('\n'),
        '2023-11-02',
      ),
    ).toEqual([
      '2019-05-15 occurred US Commerce Department adds Huawei to entity list',
      '2020-12-18 occurred US adds SMIC to entity list',
    ]);
  });

  it("is the year of the sentence's later months", () => {
    expect(
      datedTitles(
        'By 2018 Washington had indicted two officers. That year the administration also began the tariff war, slapping duties of 25 percent on some $34 billion in Chinese goods in July.',
        '2023-12-05',
      ),
    ).toEqual([
      '2018 occurred US files charges',
      '2018-07 occurred US imposes tariffs on Chinese goods',
    ]);
  });

  it('is not a year a "since" names', () => {
    expect(
      datedTitles(
        'An American pastor whom Beijing had held since 2006 was freed in September.',
        '2024-12-01',
      ),
    ).toEqual(['2024-09 occurred China releases detainees']);
  });
});

describe('a clause of time that tells an act of its own', () => {
  it('counts "came a day after" from the act told before', () => {
    expect(
      datedTitles(
        'On Wednesday the State Department said it would revoke the visas of some Chinese students. The announcement came a day after the State Department paused new interview appointments for student visas.',
        '2025-05-29',
      ),
    ).toContain(
      '2025-05-27 occurred US State Department pauses new interview appointments for student visas',
    );
  });
});

describe('an agreement told with its place before what was agreed', () => {
  it('is the two sides’ deal, and the cut it promises is not yet made', () => {
    expect(
      datedTitles(
        'Earlier this month, US and Chinese negotiators agreed in Geneva to cut tariffs for 90 days.',
        '2025-05-29',
      ),
    ).toEqual(['2025-05 occurred US and China reach trade agreement']);
  });
});

describe("a spokesperson's answer", () => {
  it('is titled by the verb after the title and the name', () => {
    expect(
      datedTitles(
        'China’s foreign ministry spokeswoman Lin Qiao said on Thursday that the move was "discriminatory" and harmed Chinese students in the US.',
        '2025-05-29',
      ),
    ).toEqual(['2025-05-29 occurred China responds to US over students']);
  });
});

describe('a threat told after a reported plan', () => {
  it("is the speaker's, and the day the measure would start is not the threat's", () => {
    expect(
      datedTitles(
        'President Trump said late Thursday he would meet Xi Jinping in South Korea later this month, and threatened an additional 100% tariff on Chinese goods from November 1.',
        '2025-10-11',
      ),
    ).toEqual([
      '2025-10 planned Trump and Xi to meet in South Korea',
      'undated occurred Trump threatens tariffs on Chinese goods',
    ]);
    expect(
      datedTitles(
        'On Thursday Trump threatened an additional 100% tariff on Chinese goods from November 1.',
        '2025-10-11',
      ),
    ).toEqual(['2025-10-09 occurred Trump threatens tariffs on Chinese goods']);
  });
});

describe('a speaker with the occasion of their word between name and verb', () => {
  it('is still the subject of the word', () => {
    expect(
      datedTitles(
        'The Chinese embassy in a statement posted on its website on Tuesday said the US accusations were groundless.',
        '2025-06-04',
      ),
    ).toEqual(['2025-06-03 occurred China says the US accusations were groundless']);
    expect(
      datedTitles(
        'The commerce ministry, asked about the rule on Tuesday, said the US move harmed Chinese firms.',
        '2025-06-04',
      ),
    ).toEqual(['2025-06-03 occurred China says the US move harmed Chinese firms']);
  });
});
