import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../../src/data/eventSchema.ts';
import { DraftBucket } from '../../../src/pipeline/draftBucket.ts';
import { eventsOfArticles, joined, seed } from './eventsOfArticles.ts';

const day = (start: string): EventDate => ({ start, precision: 'day', approximate: false });
const month = (start: string): EventDate => ({ start, precision: 'month', approximate: false });
const draft = (name: string, date: EventDate | null): { name: string; date: EventDate | null } => ({
  name,
  date,
});

describe('DraftBucket', () => {
  it('gives a day the drafts of that day and the wider ones, in the order they joined', () => {
    const bucket = new DraftBucket<ReturnType<typeof draft>>();
    bucket.add(draft('fifth', day('2020-03-05')));
    bucket.add(draft('march', month('2020-03')));
    bucket.add(draft('sixth', day('2020-03-06')));
    bucket.add(draft('span', { ...day('2020-03-01'), end: '2020-03-09' }));
    bucket.add(draft('fifth again', day('2020-03-05')));
    const names = (date: EventDate | null) => bucket.candidates(date).map((d) => d.name);
    expect(names(day('2020-03-05'))).toEqual(['fifth', 'march', 'span', 'fifth again']);
    expect(names(month('2020-03'))).toEqual(['fifth', 'march', 'sixth', 'span', 'fifth again']);
    expect(names(null)).toHaveLength(5);
  });

  it('finds a draft under the day it was given after it joined, once told it moved', () => {
    const bucket = new DraftBucket<ReturnType<typeof draft>>();
    const first = draft('first', day('2020-03-05'));
    const later = draft('later', month('2020-03'));
    bucket.add(first);
    bucket.add(later);
    later.date = day('2020-03-07');
    bucket.moved(later);
    first.date = day('2020-03-07');
    bucket.moved(first);
    bucket.add(first);
    expect(bucket.candidates(day('2020-03-07')).map((d) => d.name)).toEqual(['first', 'later']);
  });
});

describe('the search across articles by day', () => {
  it('joins an event whose day came from a later sentence of its article', () => {
    // The call is first told by its month; the article's next sentence gives its day, and the
    // other article, told by that day, must still find it.
    const events = eventsOfArticles([
      seed(
        'a.txt',
        '2021-03-20',
        'Biden and Xi spoke by phone in March. The call, on March 5, lasted an hour.',
      ),
      seed('b.txt', '2021-03-21', 'Biden and Xi held a phone call on March 5.'),
    ]);
    expect(joined(events)).toEqual([['a', 'b']]);
  });
});
