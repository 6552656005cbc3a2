import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { datedTitles, eventsOfArticle } from './eventsOfArticle.ts';

describe('a bare reference to the encounter the article just told', () => {
  it('is that encounter, not trade talks of their own', () => {
    const events = eventsOfArticle(
      'US Defense Secretary Jane Roe and Chinese Defence Minister Li Wen met this morning on the margins of a regional summit. Aides said the talks overran by an hour.',
      '2022-06-10',
    );
    expect(events.map((e) => `${e.date.start} ${e.title}`)).toEqual([
      '2022-06-10 US and China meet',
    ]);
    expect(events[0]?.themes).toEqual(['diplomacy']);
  });

  it('is the trip still under way on a later day of its week', () => {
    expect(
      datedTitles(
        'Secretary of State Jane Roe arrived in Beijing on Saturday. In an editorial on Sunday, a party daily said the visit had struck a hopeful note.',
        '2017-03-19',
      ),
    ).toEqual(['2017-03-18 occurred Roe visits Beijing']);
  });
});

describe('a guest received by a leader', () => {
  it('is their meeting, whether "received" or "met with visiting" tells it', () => {
    for (const text of [
      'President Li Wen received U.S. Commerce Secretary Jane Roe at a state guesthouse on Sunday.',
      'President Li Wen met with visiting U.S. Commerce Secretary Jane Roe at a state guesthouse on Sunday.',
    ]) {
      expect(datedTitles(text, '2017-03-19')).toEqual(['2017-03-19 occurred US and China meet']);
    }
  });
});

describe('a weekday of last week', () => {
  const dateOf = (text: string, published: string): string | null | undefined =>
    extractDates(text, { published, anchor: null }).find((d) => /Tuesday.*week/.test(d.text))?.date
      .start;

  it('is that weekday of the calendar week before, "of" or not', () => {
    expect(dateOf('On Tuesday last week the ministry said it would act.', '2018-06-06')).toBe(
      '2018-05-29',
    );
    expect(dateOf('On Tuesday of last week the ministry said it would act.', '2018-06-06')).toBe(
      '2018-05-29',
    );
  });

  it('in a Sunday paper is of the week that paper closes', () => {
    expect(dateOf('On Tuesday last week the ministry said it would act.', '2018-06-03')).toBe(
      '2018-05-29',
    );
    expect(
      extractDates('Officials met last week.', { published: '2018-06-03', anchor: null })[0]?.date,
    ).toMatchObject({ start: '2018-05-28', end: '2018-06-03' });
  });
});

describe('what is owed by a day', () => {
  it('is planned for that day, named by what is owed', () => {
    expect(
      datedTitles(
        'The White House confirmed the tariffs, with the final list of goods due by June 15.',
        '2018-06-03',
      ),
    ).toContain('2018-06-15 planned US final list of goods due');
  });

  it('includes a temporary licence running out', () => {
    expect(
      datedTitles(
        'A temporary general licence that allowed carriers to repair older handsets mostly expired on August 13.',
        '2020-08-18',
      ),
    ).toContain('2020-08-13 occurred US temporary general licence expires');
  });

  it('includes a rule still to be printed', () => {
    expect(
      datedTitles(
        'The Commerce Department put four firms on its Entity List on Thursday. The listing applies immediately and is set to be printed in the Federal Register on Friday.',
        '2021-04-08',
      ),
    ).toContain('2021-04-09 planned US rule to appear in Federal Register');
  });
});

describe('a spokesperson against the other side', () => {
  it('answers for their office, told in an aside or past an abbreviation', () => {
    const titles = datedTitles(
      "On Tuesday Lin Qiao, speaking for China's commerce ministry, said the curbs were plain bullying. Spokesman Lin Qiao said on Wednesday the U.S. was abusing its market power.",
      '2020-08-19',
    );
    expect(titles.filter((t) => /China responds/.test(t)).length).toBeGreaterThan(0);
    expect(titles.some((t) => t.startsWith('2020-08-18'))).toBe(true);
    expect(titles.some((t) => t.startsWith('2020-08-19'))).toBe(true);
  });

  it('urging the other side is that side’s word, not the side urged', () => {
    expect(
      datedTitles(
        'On Thursday Lin urged the United States to halt weapons deliveries to Taiwan.',
        '2024-12-05',
      ),
    ).toEqual(['2024-12-05 occurred China urges US over Taiwan']);
  });
});
