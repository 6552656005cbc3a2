import { describe, expect, it } from 'vitest';
import { titlesOf } from './titlesOf.ts';

const titles = (text: string, published = '2024-05-09') => titlesOf(text, published);

describe('a title names the side that acted, and what it did', () => {
  it('gives a rule told to a firm to the government that told it', () => {
    expect(
      titles(
        'On May 2 the Commerce Department told Huawei that sales of its newest processors to Chinese buyers would require a permit.',
      ),
    ).toEqual(['US Commerce Department imposes export controls on Huawei']);
  });

  it('leaves a third body’s act in a "since" clause to that body, not to the side named before', () => {
    expect(
      titles(
        'President Trump signed the order on Monday. It has seldom been invoked since the league launched its charter in 1990.',
      ),
    ).toEqual(['Trump issues policy measure']);
  });

  it('reads a framework one side releases as its own rule, not as a deal', () => {
    expect(
      titles(
        'The Commerce Department published a new framework on Friday, capping how many chips each country may buy.',
      ),
    ).toEqual(['US Commerce Department imposes export controls on chips']);
  });

  it('does not read a ban on buying shares as a halt to imports', () => {
    expect(
      titles(
        'President Trump signed the order on Tuesday. The order bans purchases of the listed shares of eight Chinese carmakers from March 2.',
        '2024-02-09',
      ).some((t) => /imports/.test(t)),
    ).toBe(false);
  });

  it('keeps a leader named in a later clause of time out of the act', () => {
    expect(
      titles(
        'The curbs on new shipments take effect on March 2, a week before Vice President Joe Biden is due to visit Beijing.',
        '2024-02-09',
      ).some((t) => /Biden/.test(t)),
    ).toBe(false);
  });

  it('tells a widened ban on investment as such, and no forecast as an act', () => {
    expect(
      titles(
        "Last year President Biden widened his predecessor's ban on American investment in Chinese defence firms to 40 companies, and export controls on battery materials are likely to widen next year.",
        '2022-08-10',
      ),
    ).toEqual(['Biden widens investment ban']);
  });

  it('dates a law by the signing its appositive tells, not the curbs named before it', () => {
    expect(
      titles(
        'Those curbs followed the Farm Act, the relief law President Biden signed in May 2021 to help growers.',
        '2022-08-10',
      ),
    ).toEqual(['Biden signs bill into law']);
  });

  it('tells no act for a measure the clause only forecasts', () => {
    expect(
      titles(
        'Last year President Biden praised the factory workers, and export controls on battery materials are likely to widen next year.',
        '2022-08-10',
      ),
    ).toEqual([]);
  });

  it('leaves an appositive’s date to its own verb, not to the curbs it follows', () => {
    expect(
      titles(
        'Those export curbs followed the farm plan, the aid scheme Governor Reed drafted in May 2021.',
        '2022-08-10',
      ),
    ).toEqual([]);
  });
});
