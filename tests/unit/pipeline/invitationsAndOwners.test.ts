import { describe, expect, it } from 'vitest';
import { detectSentence } from './detectSentence.ts';
import { eventsOfArticle } from './eventsOfArticle.ts';
import { extractDates } from '../../../src/pipeline/extractDates.ts';

describe('invitations, hopes and owners', () => {
  it('reads an accepted invitation to travel as a trip ahead, with the host named', () => {
    const events = eventsOfArticle(
      'The premier said she had accepted Biden’s invitation to travel to Washington in May, and had in turn invited Biden to come to Beijing for a state visit later in the year.',
      '2023-11-20',
    );
    const trips = events.filter((e) => e.kind === 'visit');
    expect(trips.map((e) => [e.date.start, e.status]).sort()).toEqual([
      ['2024', 'planned'],
      ['2024-05', 'planned'],
    ]);
    expect(trips.find((e) => e.date.start === '2024-05')?.title).toBe(
      "Planned visit to Washington at Biden's invitation",
    );
  });

  it('dates "later in the year" by the year the sentence before told', () => {
    const events = eventsOfArticle(
      'The president says the premier invited him to visit Beijing in April, and he accepted. In return, the premier will come to the U.S. on a state visit later in the year.',
      '2025-11-24',
    );
    const trips = events.filter((e) => e.kind === 'visit').map((e) => e.date.start);
    expect(trips.sort()).toEqual(['2026', '2026-04']);
  });

  it('tells no event in a hope for what others will do', () => {
    const found = detectSentence(
      'Xi said he hopes the parties will narrow their differences and reach a binding agreement soon.',
      '2025-11-24',
    );
    expect(found.filter((d) => d.kind === 'agreement')).toEqual([]);
  });

  it('gives a measure named with a possessive to its owner, not to the clause before', () => {
    const [controls] = detectSentence(
      'The index fell after President Trump threatened new duties, in response to Beijing’s sweeping new export controls on rare earths announced on Thursday.',
      '2025-10-13',
    ).filter((d) => d.kind === 'export-controls');
    expect(controls?.actors[0]).toBe('China');
  });

  it('reads "last met face to face on Oct. 30" as the meeting that was', () => {
    const [met] = detectSentence(
      'The two leaders last met face to face on Oct. 30 in Busan.',
      '2025-11-24',
    ).filter((d) => d.kind === 'meeting');
    expect(met?.date?.start).toBe('2025-10-30');
    expect(met?.status).toBe('occurred');
  });

  it('keeps the names of "a day after …" to the act told there', () => {
    const found = detectSentence(
      'The defence chiefs held talks in Hanoi on Friday, a day after President Joe Biden and President Xi Jinping met in Lima on Thursday.',
      '2024-11-16',
    );
    const met = found.find((d) => d.kind === 'meeting');
    const talks = found.find((d) => d.kind === 'talks');
    expect(met?.actors).toEqual(expect.arrayContaining(['Joe Biden', 'Xi Jinping']));
    expect(talks?.actors).not.toContain('Joe Biden');
  });

  it('keeps an opening month with the clause after ", a week after …"', () => {
    const [january] = extractDates(
      'In January, a week after the anniversary of the vote, a bomb at a clinic killed a guard.',
      { published: '1998-10-25', anchor: '1998-10-25' },
    );
    expect(january?.date.start).toBe('1998-01');
  });

  it('reads a regulator "investigating" a firm as a probe, and a stock closing down as no act', () => {
    expect(
      detectSentence(
        'China’s market regulator said on Friday that it was investigating Acme Semiconductors over a takeover.',
        '2025-10-11',
      ).map((d) => d.kind),
    ).toContain('investigation');
    expect(
      detectSentence('Acme Semiconductors stock closed down 7.3% on Friday at $15.', '2025-10-11'),
    ).toEqual([]);
    expect(
      detectSentence(
        'On Tuesday the consulate said China had turned down a request for a US warship to call at the port.',
        '2018-10-02',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('puts a chip firm’s act on the technology beat', () => {
    const [act] = detectSentence(
      'On March 12 the regulator sent Qualcomm a written notice telling it to file.',
      '2024-03-20',
    );
    expect(act?.themes).toContain('technology');
  });

  it('reads a call by video link as a call', () => {
    const [call] = detectSentence(
      'The two defence chiefs had spoken only once before, by video link on September 9.',
      '2025-11-01',
    );
    expect(call?.kind).toBe('phone-call');
    expect(call?.date?.start).toBe('2025-09-09');
  });
});
