import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/pipeline/extractDates.ts';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';

/** Kinds of measure the timeline had no rule for: fees on ships, arms sales, licences, drills. */
const told = (text: string, published: string) =>
  eventsOfArticle(text, published).map((e) => [e.date.start, e.status, e.title]);

describe('fees on the other side’s ships', () => {
  it('dates fees in force at midnight by the day of writing, and their announcement by its own date', () => {
    const text =
      'The new US charges on China-built container ships came into force at 12:01 a.m. They were first announced in March.';
    expect(told(text, '2025-10-14')).toEqual([
      ['2025-03', 'occurred', 'US announces port fees on Chinese ships'],
      ['2025-10-14', 'occurred', 'US imposes port fees on Chinese ships'],
    ]);
  });

  it('reads a calendar line’s day ahead as the planned start of both sides’ fees', () => {
    expect(
      told(
        '- Tuesday: both governments start charging harbour fees on each other’s tankers.',
        '2025-10-13',
      ),
    ).toEqual([['2025-10-14', 'planned', "US and China to start port fees on each other's ships"]]);
  });

  it('gives no event to fees named in passing beside another day', () => {
    expect(
      told(
        'Ferry operators, down since Friday’s slump, face the new port charges too.',
        '2025-10-13',
      ),
    ).toEqual([]);
  });
});

describe('arms sales and drills', () => {
  it('tells a notice to Congress of a sale to Taiwan as the selling government’s approval, on its day', () => {
    expect(
      told(
        'The Pentagon told lawmakers on March 3 that it had approved a $2 billion arms sale to Taiwan.',
        '2025-03-10',
      ),
    ).toEqual([['2025-03-03', 'occurred', 'US approves arms sale to Taiwan']]);
  });

  it('tells the sales agency telling Congress as the sale, whatever the sale is called', () => {
    expect(
      told(
        'The Defense Security Cooperation Agency informed Congress on Thursday of the decision.',
        '2019-07-12',
      ),
    ).toEqual([['2019-07-11', 'occurred', 'US approves arms sale']]);
  });

  it('titles drills by the name a command gave them', () => {
    expect(
      told(
        'China’s navy started "Steel Shield 2024" off the island on Monday, its spokesman said.',
        '2024-05-22',
      ),
    ).toEqual([['2024-05-20', 'occurred', 'China launches "Steel Shield 2024" military drills']]);
  });

  it('titles drills by their code name', () => {
    expect(
      told('China staged drills code-named Blue Wave off the coast on Friday.', '2024-05-22').map(
        (e) => e[2],
      ),
    ).toEqual(['China launches "Blue Wave" military drills']);
  });
});

describe('licences and sales let through', () => {
  it('tells officials granting licences for chips as the opening of sales', () => {
    expect(
      told(
        'Officials began granting export licences for the accelerator chips on Thursday.',
        '2025-08-11',
      ),
    ).toEqual([['2025-08-07', 'occurred', 'US issues export licences for chips']]);
  });

  it('tells a government letting a firm resume sales, but not a deal that allows it', () => {
    expect(
      detectSentence('Regulators in June allowed the firm to restart its sales abroad.').map(
        (d) => d.kind,
      ),
    ).toContain('export-licence');
    expect(
      detectSentence('They signed a deal that allows the firms to resume sales.').map(
        (d) => d.kind,
      ),
    ).not.toContain('export-licence');
  });
});

describe('a tariff threatened on one day to start on another', () => {
  it('tells the threat on its day and the start as planned', () => {
    const text =
      'In a tense week Beijing curbed graphite shipments and Washington threatened on Friday to impose a 50% levy on Chinese steel from March 1.';
    expect(
      eventsOfArticle(text, '2025-02-10')
        .filter((e) => e.kind === 'tariffs')
        .map((e) => [e.date.start, e.status, e.title]),
    ).toEqual([
      ['2025-02-07', 'occurred', 'US threatens tariffs on Chinese goods'],
      ['2025-03-01', 'planned', 'US to impose tariffs on Chinese goods'],
    ]);
  });

  it('splits a calendar line’s telling from the start it announces', () => {
    const text =
      '- Friday: the trade minister said in a speech that Washington will impose a 50% duty on Chinese steel, starting March 1.';
    expect(
      eventsOfArticle(text, '2025-02-10')
        .filter((e) => e.kind === 'tariffs')
        .map((e) => [e.date.start, e.status]),
    ).toEqual([
      ['2025-02-07', 'occurred'],
      ['2025-03-01', 'planned'],
    ]);
  });
});

describe('the days of a calendar', () => {
  const days = (sentence: string) =>
    extractDates(sentence, { published: '2025-10-13', anchor: '2025-10-13' }).map(
      (d) => d.date.start,
    );

  it('reads a line’s day by the tense of the line it heads', () => {
    expect(days('- Tuesday: both ports start charging the new fee.')).toEqual(['2025-10-14']);
    expect(days('- Sunday: the minister replied in a televised interview.')).toEqual([
      '2025-10-12',
    ]);
  });

  it('reads the day an aim starts from as ahead', () => {
    expect(
      days('By then he had threatened on Friday to put a 60% duty on the steel from November 1.'),
    ).toEqual(['2025-10-10', '2025-11-01']);
  });
});

describe('sanctions as the day’s news', () => {
  it('dates sanctions "just" announced by the day of writing, on the trade beat, by their target', () => {
    const [event] = eventsOfArticle(
      'Beijing has just imposed sanctions against two US units of Sejong Marine over a ship deal, its commerce ministry said.',
      '2025-10-14',
    );
    expect([event?.date.start, event?.themes.includes('trade'), event?.title]).toEqual([
      '2025-10-14',
      true,
      'China sanctions US units of Sejong Marine',
    ]);
  });

  it('never has a firm impose the sanctions it is hit by', () => {
    const titles = eventsOfArticle(
      'It also slapped sanctions on Boeing in May 2021.',
      '2022-01-05',
    ).map((e) => e.title);
    expect(titles).toEqual(['China imposes sanctions']);
  });
});
