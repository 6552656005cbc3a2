import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/pipeline/findNames.ts';
import { titlesOf } from './titlesOf.ts';

const titles = (text: string, published = '2026-06-10') => titlesOf(text, published);
const names = (text: string) => findNames(text).actors.map((a) => a.name);

describe('who acted: the side behind a clause', () => {
  it('gives "it" the side a sentence with no act told as its subject', () => {
    expect(
      titles(
        'Exporters of solar wafers have had a hard spring. It is the second time this year that Beijing has turned to permits. In late May it announced controls on two rare metals used in solar panels.',
      ),
    ).toEqual(['China announces controls on two rare metals used in solar panels']);
  });

  it('leaves "it" after a subject that is a common noun to no side', () => {
    expect(
      titles(
        'The Friday notice did two things. First, it barred app stores from offering the game.',
      ),
    ).toEqual([]);
  });

  it('gives the act of a person a US title introduced to that department', () => {
    expect(
      titles(
        'Attorney General Jane Roe announced the program on March 3, 2019. Critics said it was too broad. Roe had begun a review of the program in May.',
        '2019-06-20',
      ),
    ).toEqual(['US launches program', 'US Justice Department begins a review of the program']);
  });

  it('reads "federal" bodies as American, unless another country holds them', () => {
    expect(
      titles(
        'A federal jury in Denver on Tuesday convicted the engineer of stealing secrets for a Chinese firm.',
      ),
    ).toEqual(['US federal court convicts defendant']);
    expect(
      titles('A federal jury in Munich on Tuesday convicted the engineer of spying for China.'),
    ).toEqual([]);
    expect(
      titles('German federal prosecutors on Tuesday charged three men with spying for China.'),
    ).toEqual([]);
  });

  it('gives a ministry another country owns to that country, not to China', () => {
    expect(titles("Japan's Foreign Ministry summoned China's ambassador on Monday.")).toEqual([]);
    expect(names("Japan's foreign ministry said on Monday.")).not.toContain(
      'China Foreign Ministry',
    );
    expect(
      titles('The foreign ministry spokeswoman announced sanctions on two US senators on Monday.'),
    ).toEqual(['China imposes sanctions']);
  });

  it('reads Treasury by its possessive and departments named in a list', () => {
    expect(
      titles(
        "Treasury's sanctions office on Monday put two provincial officials on its blacklist.",
      )[0],
    ).toMatch(/^US Treasury /);
    expect(names('The notice came from State, Treasury and Commerce on Monday.')).toEqual([
      'US State Department',
      'US Treasury',
      'US Department of Commerce',
    ]);
  });

  it('does not read a ban on travel as a trip', () => {
    expect(
      titles(
        'The Treasury Department froze the officials’ assets on Monday, and they are barred from travelling to the United States.',
      ).some((t) => /visits/.test(t)),
    ).toBe(false);
  });

  it('does not put a charge of stealing trade secrets on the trade beat', () => {
    expect(
      titles(
        'Federal prosecutors on Monday charged the engineer with stealing trade secrets from his employer for a Chinese rival.',
      ),
    ).toEqual(['US Justice Department files charges']);
  });
});
