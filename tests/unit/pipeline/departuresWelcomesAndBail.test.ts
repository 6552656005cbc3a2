import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/pipeline/findNames.ts';
import { datedTitles } from './eventsOfArticle.ts';

const published = '2022-04-12';

describe("a mission's staff sent home", () => {
  it('is one step when allowed and another when ordered', () => {
    expect(
      datedTitles(
        'On Friday the State Department approved the voluntary departure of non-essential staff from its mission in Shanghai.',
        published,
      ),
    ).toEqual([
      '2022-04-08 occurred US State Department allows non-emergency staff to leave Shanghai',
    ]);
    expect(
      datedTitles(
        'Late on Monday, Beijing time, the State Department told non-essential personnel at its mission in Shanghai to go home.',
        published,
      ),
    ).toEqual([
      '2022-04-11 occurred US State Department orders non-emergency staff to leave Shanghai',
    ]);
  });
});

describe('a capital before "time"', () => {
  it('is a clock, not a government', () => {
    expect(findNames('Early this morning Beijing time, the talks began.').actors).toEqual([]);
  });
});

describe("one side's word on the other's step", () => {
  it("is the speaker's, whoever the words name", () => {
    expect(
      datedTitles(
        'On Saturday the foreign ministry branded the US account of the move baseless.',
        published,
      ),
    ).toEqual(['2022-04-09 occurred China criticises US']);
    expect(
      datedTitles(
        'On Tuesday the ministry said it had lodged stern protests with the US.',
        published,
      ),
    ).toEqual(['2022-04-12 occurred China protests to US']);
    expect(
      datedTitles(
        'On Thursday US Trade Representative Robert Lighthizer welcomed the decision.',
        published,
      ),
    ).toEqual(["2022-04-07 occurred US welcomes China's move"]);
    expect(
      datedTitles('On Sunday the senator replied on X that the plan was a mistake.', published),
    ).toHaveLength(1);
  });
});

describe('steps of a case and of a market', () => {
  it('reads bail as a release and imports allowed again as an approval', () => {
    expect(
      datedTitles('They were detained on Tuesday and let out on bail on Wednesday.', '2022-04-14'),
    ).toContain('2022-04-13 occurred US releases detainees');
    expect(
      datedTitles(
        'On Monday the agency said that American apples and pears may again be imported.',
        published,
      ),
    ).toEqual(['2022-04-11 occurred China approves imports of US goods']);
  });

  it('titles a licence in the present', () => {
    expect(
      datedTitles(
        'Washington licensed the chipmaker in September 2020 to supply it with modems.',
        published,
      ),
    ).toEqual(['2020-09 occurred US licenses the chipmaker']);
  });
});
