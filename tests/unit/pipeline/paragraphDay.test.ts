import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

function datesOf(published: string, text: string) {
  return eventsOfArticle(text, published).map((e) => [e.kind, e.date.start, e.status]);
}

describe('a paragraph tells its day once', () => {
  it('dates the act the next sentence of the paragraph tells', () => {
    expect(
      datesOf(
        '2025-04-09',
        'Beijing also went after American arms makers today. ' +
          'The commerce ministry added eleven US defence firms to its export control list.',
      ),
    ).toEqual([['entity-list', '2025-04-09', 'occurred']]);
  });

  it('leaves the next paragraph undated by it', () => {
    const events = datesOf(
      '2025-04-09',
      'Beijing added eleven US defence firms to its export control list today.\n\n' +
        'The United States imposed tariffs on Chinese steel.',
    );
    expect(events).toContainEqual(['entity-list', '2025-04-09', 'occurred']);
    expect(events).toContainEqual(['tariffs', null, 'occurred']);
  });
});

describe('dates beside the main clause', () => {
  it('reads an opening date across an "after" aside', () => {
    expect(
      datesOf(
        '2024-05-20',
        'In May 2019, after the talks collapsed, Washington raised its tariffs on Chinese imports.',
      ),
    ).toContainEqual(['tariffs', '2019-05', 'occurred']);
  });

  it('takes "the same day" from its own sentence, not an earlier one', () => {
    const dates = extractDates(
      'On July 6, 2018, the first US tariffs took effect, answered by Beijing the same day.',
      { published: '2024-05-20', anchor: '2024-05-13' },
    );
    expect(dates.map((d) => [d.text, d.date.start])).toEqual([
      ['July 6, 2018', '2018-07-06'],
      ['the same day', '2018-07-06'],
    ]);
  });
});

describe('a plan told before its date', () => {
  it('reads "a summit later this year, possibly at the end of October" as the coming October, planned', () => {
    expect(
      datesOf(
        '2025-08-12',
        'Officials on both sides have floated a summit later this year, possibly at the end of October in Seoul.',
      ),
    ).toEqual([['meeting', '2025-10', 'planned']]);
  });
});
