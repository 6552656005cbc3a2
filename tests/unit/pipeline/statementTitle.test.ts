import { describe, expect, it } from 'vitest';
import { eventsOfArticle } from './eventsOfArticle.ts';
import { titlesOf } from './titlesOf.ts';

const titles = (text: string) => titlesOf(text, '2024-05-09');

describe('a dated statement names who spoke', () => {
  it('gives a spokesperson’s words to their side, not to the person they talk about', () => {
    expect(
      titles(
        'On Wednesday, Chinese commerce ministry spokesman Hu Lin said Biden’s decision hurts both economies.',
      ),
    ).toEqual(['China responds to US']);
  });

  it('tells an accusation by its accuser', () => {
    expect(
      titles('On Tuesday, Trump accused China of dragging its feet on farm purchases.'),
    ).toEqual(['Trump statement']);
  });
});

describe('the other side answers a measure in words', () => {
  it('tells a ministry’s dated reply as its side’s answer to the other', () => {
    expect(
      titles(
        'Washington added nine Chinese chipmakers to a trade blacklist on Monday. Beijing’s trade ministry hit back on Tuesday. A spokeswoman said the step was unjustified.',
      ),
    ).toEqual(['US adds Chinese firms to entity list', 'China responds to US']);
  });

  it('dates a ministry’s blame by its briefing, told in a fronted phrase', () => {
    const events = eventsOfArticle(
      'At a news conference on Friday, the Chinese foreign ministry said the listing broke market rules and called on Washington to withdraw it.',
      '2024-05-09',
    );
    expect(events.map((e) => [e.title, e.date.start, e.status])).toEqual([
      ['China responds to US', '2024-05-03', 'occurred'],
    ]);
  });

  it('gives an embassy’s condemnation to its side', () => {
    expect(titles('The Chinese embassy in Canberra condemned the chips bill on Friday.')).toEqual([
      'China condemns US over chips',
    ]);
  });

  it('leaves a ministry’s plain news alone', () => {
    expect(
      titles("China's commerce ministry said on Monday it had received the firm's application."),
    ).toEqual([]);
  });

  it('titles the two sides’ statements after talks as both sides’, on the day they were issued', () => {
    expect(
      titles('Each side called the meeting useful in statements put out on Wednesday.'),
    ).toEqual(['US and China issue statements']);
  });
});
