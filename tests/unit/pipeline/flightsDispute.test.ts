import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

const events = (body: string, published: string): string[] =>
  datedTitles(`Airline quotas\n\n${body}`, published);

describe('a fight over the other side’s airlines', () => {
  it('tells the order on its day and the suspension it sets for a later one', () => {
    expect(
      events(
        'The Transportation Department on Monday issued an order to suspend scheduled passenger flights by Chinese airlines, starting May 20.',
        '2024-05-07',
      ),
    ).toEqual([
      "2024-05-06 occurred US Transportation Department bars Chinese airlines' flights",
      "2024-05-20 planned US Transportation Department to bar Chinese airlines' flights",
    ]);
  });

  it('dates the clause after "a day after" a day before the sentence’s own day', () => {
    expect(
      events(
        'Washington on Thursday backed away from its threatened ban on Chinese passenger carriers, a day after Beijing loosened its own limits on foreign airlines.',
        '2024-05-10',
      ),
    ).toEqual([
      "2024-05-08 occurred China eases limits on US airlines' flights",
      "2024-05-09 occurred US eases limits on Chinese airlines' flights",
    ]);
  });

  it('reads a regulator’s allowance as told on its day and starting on a later one', () => {
    expect(
      events(
        "On Tuesday China's Civil Aviation Administration said each foreign airline would be allowed two weekly passenger flights, starting May 27.",
        '2024-05-15',
      ),
    ).toEqual([
      "2024-05-14 occurred China's aviation regulator eases limits on US airlines' flights",
      "2024-05-27 planned China's aviation regulator to ease limits on US airlines' flights",
    ]);
  });

  it('leaves "a day after" undated when the sentence tells no day to count from', () => {
    expect(
      events('Beijing loosened its limits on foreign airlines a day after the vote.', '2024-05-10'),
    ).toEqual(["undated occurred China eases limits on US airlines' flights"]);
  });
});
