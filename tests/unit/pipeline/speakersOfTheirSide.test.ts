import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

const PUBLISHED = '2025-03-12';
const said = (text: string) => datedTitles(text, PUBLISHED);
const sayings = (text: string) => said(text).filter((t) => /\bsays\b/.test(t));

describe('a speaker the gazetteer does not know', () => {
  it('speaks for the side their title names', () => {
    expect(
      said('Chinese Vice Commerce Minister Zhang Wen said on Monday that the US was to blame.'),
    ).toEqual(['2025-03-10 occurred China says the US was to blame']);
    expect(
      said("China's Vice Minister of Commerce Li Wei said on Monday that the US was to blame."),
    ).toEqual(['2025-03-10 occurred China says the US was to blame']);
  });

  it('speaks for the side an aside after the name gives', () => {
    expect(
      said(
        "Li Wei, China's top trade negotiator, said on Monday that Beijing would not back down.",
      ),
    ).toEqual(['2025-03-10 occurred China says Beijing would not back down']);
    expect(
      said(
        'Zhang Wen, a Chinese foreign ministry spokeswoman, said on Monday that the US was to blame.',
      ),
    ).toEqual(['2025-03-10 occurred China says the US was to blame']);
    expect(
      said(
        'Jamieson Cole, who took over as US trade representative last month, told reporters on Monday that China must open its markets.',
      ),
    ).toEqual(['2025-03-10 occurred US says China must open its markets']);
    expect(
      said(
        "China's ambassador to the US, Xie Lin, told a forum in Washington on Tuesday that the two countries should be partners.",
      ),
    ).toEqual(['2025-03-11 occurred China says the two countries should be partners']);
  });

  it('is no side when the aside only mentions one', () => {
    expect(
      sayings(
        'Tom Hale, who sued the US government last year, said on Monday that the rules were unfair.',
      ),
    ).toEqual([]);
  });
});

describe('a quote told before its speaker', () => {
  it('is the saying of the day beside the verb, in the words quoted', () => {
    expect(
      said(
        '"We will not be bullied by the US," a spokesperson for China\'s commerce ministry said on Monday.',
      ),
    ).toEqual(['2025-03-10 occurred China says we will not be bullied by the US']);
    expect(
      said(
        '"We will not be bullied by the US," said He Lin, a spokeswoman for China\'s commerce ministry, on Monday.',
      ),
    ).toEqual(['2025-03-10 occurred China says we will not be bullied by the US']);
  });
});

describe('what a spokesperson calls the other side', () => {
  it('is an answer when it calls the move politically motivated', () => {
    expect(
      said(
        'A spokesperson for the Chinese embassy in Washington said on Tuesday that the move was "politically motivated".',
      ),
    ).toEqual(['2025-03-11 occurred China responds to US']);
  });
});

describe('a measure a speaker says will not be lifted', () => {
  it('leaves the day to the saying', () => {
    expect(
      said(
        'Commerce Secretary Howard Lutnick said on Monday the US would not lift the chip curbs.',
      ),
    ).toEqual(['2025-03-10 occurred Lutnick says the US would not lift the chip curbs']);
  });
});

describe('licences revoked in reported speech', () => {
  it('are the export control of that day', () => {
    expect(
      said(
        'In a statement on Friday, the US Commerce Department said it was revoking licences for suppliers to Huawei.',
      ),
    ).toEqual(['2025-03-07 occurred US Commerce Department imposes export controls on Huawei']);
  });
});
