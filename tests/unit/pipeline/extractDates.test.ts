import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates';

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

  it('marks counterfactual dates and ignores end bounds and durations', () => {
    const [date] = extractDates('The rule would have taken effect on May 15.', ctx);
    expect(date?.counterfactual).toBe(true);
    expect(extractDates('The truce runs until November 10.', ctx)).toEqual([]);
    expect(extractDates('Tariffs are cut for 90 days.', ctx)).toEqual([]);
  });

  it('leaves year-less dates unknown when the article has no publication date', () => {
    expect(extractDates('They met on May 10.', { published: null, anchor: null })).toEqual([]);
    expect(first('They met on May 10, 2025.', { published: null, anchor: null })?.start).toBe(
      '2025-05-10',
    );
  });
});
