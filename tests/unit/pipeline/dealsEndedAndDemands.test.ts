import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

// A Thursday: "on Monday" is 2025-06-02, "on Sunday" 2025-06-01.
const PUBLISHED = '2025-06-05';
const told = (text: string) => datedTitles(text, PUBLISHED);

describe('a deal one side ends', () => {
  it('is the ending, by that side, not a deal reached', () => {
    expect(told('Washington scrapped the agreement on Friday, the State Department said.')).toEqual(
      ['2025-05-30 occurred US ends agreement'],
    );
    expect(told('The United States withdrew from the agreement on Monday.')).toEqual([
      '2025-06-02 occurred US withdraws from agreement',
    ]);
  });

  it('is not read into a measure taken under the deal', () => {
    expect(told('On Monday Washington suspended the tariffs under the trade deal.')).toEqual([
      '2025-06-02 occurred US pauses tariffs on Chinese goods',
    ]);
  });
});

describe('a deal between companies', () => {
  it('is no agreement between the two sides', () => {
    expect(told('The chipmaker signed a licensing agreement with the fund on Monday.')).toEqual([]);
  });

  it('is a takeover when a side or its reviewers stand in the sentence', () => {
    expect(
      told(
        'Acme and Widget Pay said on Tuesday they had agreed to terminate their merger agreement because they could not obtain CFIUS clearance.',
      ),
    ).toEqual(['2025-06-03 occurred Acme and Widget Pay call off takeover']);
    expect(
      told(
        'The chip designer agreed in November 2016 to be acquired by a Chinese-backed private equity fund.',
      ),
    ).toEqual([
      '2016-11 occurred Chip designer agrees to be acquired by Chinese-backed private equity fund',
    ]);
    expect(told('The two bakeries agreed on Monday to end their merger.')).toEqual([]);
  });
});

describe('a measure asked of the other side', () => {
  it('is the asking, on its day, however the day is placed', () => {
    expect(told('China urged Washington on Tuesday to lift the tariffs.')).toEqual([
      '2025-06-03 occurred China urges US',
    ]);
    expect(told('China urged the US on Monday to revoke the export controls.')).toEqual([
      '2025-06-02 occurred China urges US',
    ]);
  });
});

describe('who meets and who visits', () => {
  it('reads a delegation of a side as that side', () => {
    expect(
      told(
        'Chinese Premier Li Qiang met a delegation of US business leaders in Beijing on Wednesday.',
      ),
    ).toEqual(['2025-06-04 occurred China and US meet in Beijing']);
  });

  it('takes the visitors of "visiting" from the words before it', () => {
    expect(told('Li Qiang met US senators visiting Beijing on Sunday.')).toEqual([
      '2025-06-01 occurred US visits Beijing',
    ]);
  });
});

describe('the day of a warning told after its words', () => {
  it('is the past day of the telling, not the coming one', () => {
    expect(told('China will retaliate, the ministry warned on Sunday.')).toEqual([
      '2025-06-01 occurred China issues warning',
    ]);
  });
});

describe('a saying opened by its month', () => {
  it('is dated by that month', () => {
    expect(
      told('Last month in Tokyo, the US president said the United States would defend Taiwan.'),
    ).toEqual(['2025-05 occurred US says the United States would defend Taiwan']);
  });
});

describe('what a side lets through, stops, passes and vows', () => {
  it('reads an export approved as leave to sell, not a control', () => {
    expect(
      told('China approved the export of rare earth magnets to three US firms on Tuesday.'),
    ).toEqual(['2025-06-03 occurred China approves exports of rare earths to US']);
  });

  it('leaves a third country’s goods out of the imports one side stops', () => {
    expect(
      told('China halted imports of Japanese seafood on Thursday.').some((t) =>
        t.includes('imports of US goods'),
      ),
    ).toBe(false);
  });

  it('reads a purchase called off as purchases stopped', () => {
    expect(told('Customs officials called off the purchase of US soybeans on Monday.')).toEqual([
      '2025-06-02 occurred China suspends imports of soybeans',
    ]);
  });

  it('dates a planned purchase called off by the day it was dropped', () => {
    expect(told('China called off its planned purchase of US soybeans on Monday.')).toEqual([
      '2025-06-02 occurred China suspends imports of soybeans',
    ]);
  });

  it('names the side sued as the one sued', () => {
    expect(
      told('The singer, who sued the US government last year, said on Monday she would appeal.'),
    ).toEqual(['2024 occurred Lawsuit filed against US government']);
  });

  it('reads a law a legislature passes as lawmaking, not the measures it allows', () => {
    expect(
      told(
        "China's top legislature passed a law on Friday allowing countermeasures against foreign sanctions.",
      ),
    ).toEqual(['2025-05-30 occurred China passes bill']);
  });

  it('takes a vow of "all necessary measures" as a side’s word', () => {
    expect(
      told(
        "China's foreign ministry said on Monday it would take all necessary measures to protect its firms.",
      ),
    ).toHaveLength(1);
  });
});

describe('the side a measure belongs to when the other side answers it', () => {
  it('gives a measure one side opposes or takes to the WTO to the other side', () => {
    expect(told('China said on Monday it firmly opposed the new export controls.')).toEqual([
      '2025-06-02 occurred US imposes export controls',
    ]);
    expect(
      told(
        "Update, 3:15 p.m.: China's commerce ministry says it has filed a complaint with the WTO over the new tariffs.",
      ).filter((t) => /tariffs/.test(t)),
    ).toEqual(['2025-06-05 occurred US imposes tariffs on Chinese goods']);
  });

  it('names the government, not an embassy, that a protest is lodged with', () => {
    expect(
      told(
        'The Chinese Embassy said on Wednesday that it had lodged solemn representations with the US side.',
      ),
    ).toEqual(['2025-06-04 occurred China lodges protest with US']);
  });

  it('reads a move called bullying as a side’s criticism', () => {
    expect(
      told("China's foreign ministry called the US move economic bullying on Wednesday."),
    ).toEqual(['2025-06-04 occurred China criticises US']);
  });

  it('leaves "a day later" out of a title', () => {
    expect(
      told(
        'On Monday, the US raised tariffs on Chinese goods. The Chinese side announced countermeasures a day later.',
      ),
    ).toContain('2025-06-03 occurred China announces countermeasures');
  });
});
