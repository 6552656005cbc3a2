import { describe, expect, it } from 'vitest';
import { titlesOf } from './titlesOf.ts';

const titles = (text: string) => titlesOf(text, '2023-02-06');

describe('a formal protest is titled by the sides, not the names the sentence gives first', () => {
  it('names the side that summoned by the envoy it summoned', () => {
    expect(titles('Foreign Minister Wang Yi summoned the US ambassador on Thursday.')).toEqual([
      'China summons US ambassador',
    ]);
  });

  it('names the side that protested by the embassy it protested to', () => {
    expect(
      titles(
        'On Sunday, a vice foreign minister lodged solemn representations with the US Embassy.',
      ),
    ).toEqual(['China lodges protest with US embassy']);
  });

  it('reads a postponed tariff increase as a pause', () => {
    expect(
      titlesOf(
        'Trump agreed on Saturday to postpone the tariff increase due in January.',
        '2018-12-02',
      ),
    ).toEqual(['Trump pauses tariffs on Chinese goods']);
  });
});
