import { describe, expect, it } from 'vitest';
import { baseOfPast, presentOfPast } from '../../../src/pipeline/pastTense.ts';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

/** The titles, days and statuses of one article's events, published on Wednesday 18 March 2020. */
function told(text: string): { title: string; start: string | null; status: string }[] {
  return eventsOfArticles([seed('a.txt', '2020-03-18', text)]).map((e) => ({
    title: e.title,
    start: e.date.start,
    status: e.status,
  }));
}

describe('the catch-all reads any dated clause a side acts in', () => {
  it('takes any regular past verb after a body, with the day between', () => {
    expect(
      told(
        'The Treasury on Friday blacklisted a trading house in Shenzhen and two of its directors.',
      ),
    ).toEqual([
      {
        title: 'US Treasury imposes sanctions',
        start: '2020-03-13',
        status: 'occurred',
      },
    ]);
    expect(
      told(
        'On Monday the Commerce Department informed the chipmaker that its licence would lapse.',
      ),
    ).toEqual([
      {
        title: 'US Commerce Department informs the chipmaker',
        start: '2020-03-16',
        status: 'occurred',
      },
    ]);
  });

  it('takes an irregular past, and a body telling its own act', () => {
    expect(
      told('Treasury said it had sent a letter to lawmakers on Monday describing the breach.'),
    ).toEqual([
      { title: 'US Treasury sends a letter to lawmakers', start: '2020-03-16', status: 'occurred' },
    ]);
  });

  it('takes a passive with its agent, any participle', () => {
    expect(told('The carrier was alerted by the Commerce Department on Tuesday.')).toEqual([
      {
        title: 'US Commerce Department alerts the carrier',
        start: '2020-03-17',
        status: 'occurred',
      },
    ]);
  });

  it('takes a plan with its day after the verb', () => {
    expect(told('The Treasury will blacklist the three shippers from June 1.')).toEqual([
      {
        title: 'US Treasury to blacklist the three shippers',
        start: '2020-06-01',
        status: 'planned',
      },
    ]);
  });

  it('takes a passive without its agent from the side of the clause before it', () => {
    expect(
      told(
        'The Commerce Department said on Friday that the permits of the three carriers will be revoked from June 1.',
      ),
    ).toEqual([
      {
        title: 'US Commerce Department to revoke the permits of the three carriers',
        start: '2020-06-01',
        status: 'planned',
      },
    ]);
    // What the act is done to is no one acting, nor is what a pronoun stands for.
    expect(told('Three Huawei units were sanctioned on Friday.')).toEqual([]);
    expect(
      told(
        'The Commerce Department released the rule on Tuesday, officials said. It was published in the official journal on Thursday.',
      ).map((e) => e.title),
    ).toEqual(['US Commerce Department releases the rule']);
  });

  it('reads a body with its short name in brackets, and Treasury by its short name', () => {
    expect(
      told(
        'On Tuesday the Commerce Department’s licensing bureau (BIS) released a rule on drone parts.',
      ),
    ).toEqual([
      {
        title: 'US Commerce Department releases a rule on drone parts',
        start: '2020-03-17',
        status: 'occurred',
      },
    ]);
    expect(told('Treasury finalized the rules last October.')).toEqual([
      { title: 'US Treasury issues final rule', start: '2019-10', status: 'occurred' },
    ]);
  });

  it('reads "the exchange" as the stock exchange the article named', () => {
    expect(
      told(
        'The New York Stock Exchange said last week it would delist three Chinese carriers.\n\nOn Monday, March 16, the exchange reversed itself and restored the listings.',
      ),
    ).toEqual([
      // The exchange's word of the week before names the other side's carriers: news of its own.
      {
        title: 'NYSE says it would delist three Chinese carriers',
        start: '2020-03-09',
        status: 'occurred',
      },
      { title: 'NYSE reverses itself', start: '2020-03-16', status: 'occurred' },
    ]);
  });

  it('reads a chronology’s present-tense lines under their capitalised days', () => {
    const text = [
      'Washington has stepped up its pressure on the smuggling ring.',
      'These are the steps so far:',
      '* MAR 4 - The Treasury designates two shipping firms linked to the smuggling ring.',
      '* MAR 9 - The Commerce Department informs the embassy in a letter that the licences are void.',
      '* MAR 10 - The Chinese foreign ministry says it opposes the step.',
    ].join('\n\n');
    expect(told(text)).toEqual([
      {
        title: 'US Treasury imposes sanctions',
        start: '2020-03-04',
        status: 'occurred',
      },
      {
        title: 'US Commerce Department informs the embassy in a letter',
        start: '2020-03-09',
        status: 'occurred',
      },
    ]);
  });
});

describe('the general clause reader keeps off', () => {
  it.each([
    // speech and opinion
    'Beijing said on Friday it would respond.',
    'The State Department argued on Monday that the rule was lawful.',
    'The Pentagon made clear on Friday that the drills would go on.',
    // a third country's body
    'Japan’s trade ministry on Friday fined the carmaker.',
    // a question and a negation
    'Who blacklisted the trading house on Friday?',
    'China’s commerce ministry did not blacklist the firm on Friday.',
    // where things stand, and an act with no day of its own
    'The Commerce Department has pledged a fuller account to lawmakers.',
    'Beijing matched the rate of the levy on soybeans.',
    // a plan with no day of its own
    'The ministry said the Treasury would blacklist more shippers.',
    // a pronoun after a subject no side is, and a side only after a preposition
    'Its post office halted parcels to the US and said it would stop taking airmail as well from May 2.',
  ])('%s', (sentence) => {
    expect(told(sentence)).toEqual([]);
  });
});

describe('the present of a past', () => {
  it.each([
    ['blacklisted', 'blacklists'],
    ['revoked', 'revokes'],
    ['designated', 'designates'],
    ['barred', 'bars'],
    ['notified', 'notifies'],
    ['finalized', 'finalizes'],
    ['released', 'releases'],
    ['provided', 'provides'],
    ['opened', 'opens'],
    ['added', 'adds'],
    ['ruled', 'rules'],
    ['sued', 'sues'],
    ['agreed', 'agrees'],
    ['sent', 'sends'],
    ['launched', 'launches'],
    ['developed', 'develops'],
    ['expelled', 'expels'],
    ['cancelled', 'cancels'],
    ['controlled', 'controls'],
    ['called', 'calls'],
    ['spelled', 'spells'],
    ['licensed', 'licenses'],
    ['endorsed', 'endorses'],
    ['turned', 'turns'],
  ])('%s → %s', (past, present) => {
    expect(presentOfPast(past)).toBe(present);
  });

  it('gives the base a plan uses', () => {
    expect(baseOfPast('charged')).toBe('charge');
    expect(baseOfPast('penalized')).toBe('penalize');
  });
});
