import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';

const detect = (sentence: string, published = '2025-05-12') => detectSentence(sentence, published);

describe('detectEvents', () => {
  it('finds several events in one sentence, each with its own date and status', () => {
    const found = detect(
      'From May 14, Washington will lower the extra duties on Chinese imports, and Beijing will cut its levies on American goods.',
    );
    expect(found.map((d) => [d.kind, d.actors[0], d.date?.start, d.status])).toEqual([
      ['tariffs', 'United States', '2025-05-14', 'planned'],
      ['tariffs', 'China', '2025-05-14', 'planned'],
    ]);
  });

  it('tells planned, occurred and ongoing apart', () => {
    expect(detect('Trump will visit Beijing in April.')[0]?.status).toBe('planned');
    expect(detect('China imposed export controls on rare earths in April.')[0]?.status).toBe(
      'occurred',
    );
    expect(detect('Tariffs of 20 percent on Chinese goods remain in place.')[0]?.status).toBe(
      'ongoing',
    );
  });

  it('does not date an event by a counterfactual', () => {
    const found = detect(
      'An increase that would have taken effect on May 15 would have raised tariffs.',
    );
    expect(found.filter((d) => d.date?.start === '2025-05-15')).toEqual([]);
  });

  it('reads a probe named before the verb that opened it as the opening', () => {
    const found = detect(
      'The levies came out of the inquiry the trade office opened in March 2018.',
      '2020-09-16',
    );
    const probe = found.find((d) => d.kind === 'investigation');
    expect(probe?.verbal).toBe(true);
    expect(probe?.date?.start).toBe('2018-03');
  });

  it('reads a power a law gives as no act', () => {
    const found = detect(
      'The statute lets the president raise duties on Chinese steel if talks fail.',
    );
    expect(found.filter((d) => d.kind === 'tariffs' && d.verbal)).toEqual([]);
    expect(
      detect('Washington raised duties on Chinese steel on Monday.').some(
        (d) => d.kind === 'tariffs' && d.verbal,
      ),
    ).toBe(true);
  });

  it('skips negated actions and reads wishes as references, not actions', () => {
    expect(detect('China has not imposed new tariffs.')).toEqual([]);
    const wish = detect('Washington expected Beijing to relax export restrictions on rare earths.');
    expect(wish.every((d) => !d.verbal)).toBe(true);
  });

  it('keeps a meeting during a visit as part of the visit', () => {
    const found = detect(
      'Trump plans to visit Beijing in April, where he is expected to meet Xi Jinping.',
    );
    expect(found.map((d) => d.kind)).toEqual(['visit']);
    expect(found[0]?.actors).toEqual(expect.arrayContaining(['Donald Trump', 'Xi Jinping']));
  });
});

describe('classifyDetection', () => {
  it('takes outlets and platforms as attributions, not actors', () => {
    const [d] = detect(
      'According to Politico, Washington warned companies against using Huawei chips.',
    );
    expect(d?.attributedTo).toBe('Politico');
    expect(d?.actors).toEqual(['United States', 'Huawei']);
  });

  it('reads "visit Washington" as a place and "Xi" as Xi Jinping', () => {
    const [d] = detect('Xi would later visit Washington.', '2026-02-06');
    expect(d?.actors).toEqual(['Xi Jinping']);
    expect(d?.places).toEqual(['Washington']);
  });

  it('adds themes from the words around open kinds', () => {
    const [d] = detect('Trump and Xi spoke by phone on Thursday about tariffs and chips.');
    expect(d?.themes).toEqual(expect.arrayContaining(['diplomacy', 'trade', 'technology']));
  });
});

describe('the clause decides who acted and whether it happened', () => {
  it('reads a promise to act as planned, however long ago it was made', () => {
    const [found] = detect('On Thursday, Beijing vowed to buy more American soybeans.');
    expect(found?.kind).toBe('purchase');
    expect(found?.status).toBe('planned');
    expect(found?.actors[0]).toBe('China');
  });

  it('does not read talk about purchases as a purchase', () => {
    expect(detect('The two leaders spoke about purchases of soybeans.')).toEqual([]);
  });

  it('gives the act to the clause subject, not to a name the clause acts on', () => {
    const [found] = detect(
      "In a statement, China's Commerce Ministry denounced the US move and said it had filed a complaint with the WTO.",
    );
    expect(found?.kind).toBe('wto-complaint');
    expect(found?.actors[0]).toBe('China Ministry of Commerce');
  });

  it('gives a reported act to the name after the reporting verb', () => {
    const [found] = detect('Trump said Xi had vowed to buy American soybeans.');
    expect(found?.actors[0]).toBe('Xi Jinping');
  });

  it('reads a hope for others to act as a wish, not an act', () => {
    const found = detect(
      'Beijing expressed hope for both governments to conclude a lasting accord.',
    );
    expect(found.every((d) => !d.verbal)).toBe(true);
  });

  it('does not date a meeting by the gap it ends', () => {
    const [found] = detect('The two leaders held their first meeting since 2019 on Thursday.');
    expect(found?.date?.start).toBe('2025-05-08');
  });
});
