import { describe, expect, it } from 'vitest';
import { CALENDAR_PARSERS, YEAR_PARSERS } from '../../../src/pipeline/dates/dateParsers.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';

const ctx = { published: '2026-02-06', anchor: '2025-05-13' };
const first = (
  sentence: string,
  context: { published: string | null; anchor: string | null } = ctx,
) => extractDates(sentence, context)[0]?.date;

describe('extractDates', () => {
  it('gives honest precision', () => {
    expect(first('They spoke on February 4.')).toEqual({
      start: '2026-02-04',
      precision: 'day',
      approximate: false,
    });
    expect(first('Trump will visit in April.')).toEqual({
      start: '2026-04',
      precision: 'month',
      approximate: false,
    });
    expect(first('Xi would visit later this year.')).toEqual({
      start: '2026',
      precision: 'year',
      approximate: true,
    });
    expect(first('He will go in early April.')).toMatchObject({
      start: '2026-04',
      precision: 'month',
      approximate: true,
    });
  });

  it('reads the year from the tense of the clause', () => {
    expect(first('China imposed restrictions in April.')?.start).toBe('2025-04');
    expect(first('Trump will visit Beijing in April.')?.start).toBe('2026-04');
    expect(first('He will travel in April next year.')?.start).toBe('2027-04');
  });

  it('resolves weekdays in the direction of the tense', () => {
    expect(first('On Monday the ministry said it had imposed tariffs.')?.start).toBe('2026-02-02');
    expect(first('They will meet on Monday.')?.start).toBe('2026-02-09');
  });

  it('resolves phrases relative to the last date told', () => {
    expect(first('Two days later, China retaliated.')?.start).toBe('2025-05-15');
    expect(first('The following week, they met.')).toMatchObject({
      start: '2025-05-19',
      approximate: true,
    });
  });

  it('reads spans', () => {
    expect(first('Talks were held in Geneva on May 10 and 11.')).toEqual({
      start: '2025-05-10',
      end: '2025-05-11',
      precision: 'day',
      approximate: false,
    });
  });

  it('marks counterfactual dates, keeps end bounds as bounds and ignores durations', () => {
    const [date] = extractDates('The rule would have taken effect on May 15.', ctx);
    expect(date?.counterfactual).toBe(true);
    // A deadline is still a date expression; the event stage decides what it means.
    expect(extractDates('The truce runs until November 10.', ctx)).toMatchObject([
      { text: 'November 10', role: 'bound', date: { start: '2026-11-10' } },
    ]);
    expect(extractDates('Beijing must reply by March 14.', ctx)[0]).toMatchObject({
      role: 'bound',
      date: { start: '2026-03-14' },
    });
    expect(extractDates('Tariffs are cut for 90 days.', ctx)).toEqual([]);
    // The day inside "a … deadline" is the limit; "On Friday" is when it was set.
    expect(
      extractDates('On Friday the ministry set a June 30 deadline for the filing.', ctx),
    ).toMatchObject([{ text: 'On Friday' }, { text: 'June 30', role: 'bound' }]);
  });

  it('reads "over the weekend" as the Saturday just gone, approximately', () => {
    const monday = { published: '2025-06-16', anchor: null };
    expect(
      extractDates('Over the weekend, the ministry opened an anti-dumping probe.', monday)[0]?.date,
    ).toMatchObject({ start: '2025-06-14', precision: 'day', approximate: true });
    expect(extractDates('The envoys will meet again next weekend.', monday)[0]?.date).toMatchObject(
      { start: '2025-06-21', approximate: true },
    );
  });

  it('reads a bare "days earlier" as a few days before the anchor, approximately', () => {
    const dates = extractDates(
      'The meeting was frosty because days earlier Beijing had expelled two reporters.',
      { published: '2025-05-16', anchor: '2025-05-15' },
    );
    expect(dates[0]?.date).toMatchObject({ start: '2025-05-12', approximate: true });
    expect(extractDates('It took days longer than planned.', ctx)).toEqual([]);
  });

  it('marks the date another phrase hangs on as background', () => {
    const dates = extractDates(
      'It was their first face-to-face meeting since 2019, held in Busan on Thursday.',
      ctx,
    );
    expect(dates.map((d) => [d.text, d.role])).toEqual([
      ['2019', 'background'],
      ['on Thursday', undefined],
    ]);
    expect(dates[1]?.date.start).toBe('2026-02-05');
    const lookBack = extractDates(
      'The tariffs imposed earlier this year were lifted on Monday.',
      ctx,
    );
    expect(lookBack.map((d) => d.role)).toEqual(['background', undefined]);
    expect(extractDates('Earlier this year, Washington raised tariffs.', ctx)[0]?.role).toBe(
      undefined,
    );
  });

  it('reads years written without a preposition', () => {
    const texts = (s: string) => extractDates(s, ctx).map((d) => [d.text, d.date.start]);
    expect(texts('The 1996 bombing was never solved.')).toEqual([['1996', '1996']]);
    expect(texts('He sold shares between 1985 and 1987.')).toEqual([
      ['1985', '1985'],
      ['1987', '1987'],
    ]);
    expect(texts('The programme ran in 2009-2010.')).toEqual([
      ['2009', '2009'],
      ['2010', '2010'],
    ]);
    expect(texts('In fiscal 2024, the company earned $7.8 million.')).toEqual([
      ['fiscal 2024', '2024'],
    ]);
    expect(texts('Exports rose 2025 percent, a figure nobody believed.')).toEqual([]);
  });

  it('reads year phrases against the publication date or the year just told', () => {
    expect(first('Wages were 3.8 percent higher than a year earlier.')?.start).toBe('2025');
    expect(first('Exports fell last year.')?.start).toBe('2025');
    expect(
      extractDates('He fled in June 1998 and returned later that year.', ctx)[1]?.date,
    ).toEqual({ start: '1998', precision: 'year', approximate: true });
  });

  it('puts dates governed by a future cue in the year to come', () => {
    expect(first('The dividend is payable Jan. 2 to holders of record.')?.start).toBe('2027-01-02');
    expect(first('The new rate is effective Feb. 1.')?.start).toBe('2026-02-01');
    expect(first('The group agreed to acquire the firm in January.')?.start).toBe('2027-01');
    expect(first('Talks are set to resume Monday in Geneva.')?.start).toBe('2026-02-09');
  });

  it('reads the year after "than it did in" as the baseline of a comparison, not an event day', () => {
    const [year] = extractDates(
      'Under the deal, Beijing pledged to buy far more soybeans over three years than it did in 2016.',
      ctx,
    );
    expect(year?.role).toBe('comparison');
  });

  it('reads "last Thursday" in a Friday paper as the Thursday of the week before', () => {
    // 2026-02-06 is a Friday: the day before would be "on Thursday" or "yesterday".
    expect(first('Last Thursday the minister signed the order.')?.start).toBe('2026-01-29');
    expect(first('Last Wednesday the minister signed the order.')?.start).toBe('2026-02-04');
    expect(first('On Thursday the minister signed the order.')?.start).toBe('2026-02-05');
  });

  it('resolves relative days against the publication date and the last date told', () => {
    // 2026-02-06 is a Friday.
    expect(first('The ministry confirmed on Friday that the call took place.')?.start).toBe(
      '2026-02-06',
    );
    expect(first('Officials said last Friday that talks had stalled.')?.start).toBe('2026-01-30');
    expect(first('Beijing confirmed yesterday’s call.')?.start).toBe('2026-02-05');
    expect(first('He appeared in court the next morning.')?.start).toBe('2025-05-14');
    expect(first('Within hours, Beijing announced countermeasures.')?.start).toBe('2025-05-13');
    expect(first('Exports rose this month.')).toMatchObject({
      start: '2026-02',
      precision: 'month',
    });
    expect(first('Tomorrow the board will vote.')?.start).toBe('2026-02-07');
  });

  it('reads each rule of the date grammar in its own example sentence', () => {
    for (const parser of [...CALENDAR_PARSERS, ...YEAR_PARSERS]) {
      const dates = extractDates(parser.example, ctx);
      expect(dates.length, parser.example).toBeGreaterThan(0);
    }
  });

  it('leaves year-less dates unknown when the article has no publication date', () => {
    expect(extractDates('They met on May 10.', { published: null, anchor: null })).toEqual([]);
    expect(first('They met on May 10, 2025.', { published: null, anchor: null })?.start).toBe(
      '2025-05-10',
    );
  });
});
