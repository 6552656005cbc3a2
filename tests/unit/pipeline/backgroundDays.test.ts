import { describe, expect, it } from 'vitest';
import { eventsOfArticles, seed } from './eventsOfArticles.ts';

/** Title and day of each event of one article published on Wednesday 27 November 2024. */
function told(text: string): string[] {
  return eventsOfArticles([seed('a.txt', '2024-11-27', text)])
    .map((e) => `${e.date.start ?? 'undated'} ${e.title}`)
    .sort();
}

describe('a live update keeps its time stamp under its own headline', () => {
  it('dates the release told under "11:02 a.m. / White House confirms"', () => {
    const page = [
      'Live: two Americans freed',
      '',
      '11:02 a.m.',
      'White House confirms',
      '"We are pleased to announce the release of Jane Doe and John Roe from detention in China," a spokesperson said.',
    ].join('\n');
    expect(told(page).some((t) => t.startsWith('2024-11-27') && /releases/.test(t))).toBe(true);
  });
});

describe('what a sentence tells as before its news keeps off the day of its paragraph', () => {
  it('leaves a past perfect designation undated on a live page', () => {
    const page = [
      'Live: two Americans freed',
      '',
      '11:02 a.m.',
      'Both men had been designated by the State Department as wrongfully detained.',
    ].join('\n');
    expect(told(page).filter((t) => t.startsWith('2024-11-27'))).toEqual([]);
  });
});

describe('"the same day" is the day of the act told before, not of an aside on a noun', () => {
  it('skips a proclamation "signed on May 29" and a count "as of November 25"', () => {
    const text = [
      'On Tuesday, November 26, the State Department said it had revoked 300 visas of Chinese nationals as of November 25.',
      'The department said the holders were covered by Proclamation 10043, signed on May 29 and applied from June 1, which bars some graduate students.',
      'The same day, the Homeland Security secretary said the US was blocking visas for researchers with military ties.',
    ].join(' ');
    const days = eventsOfArticles([seed('a.txt', '2024-11-27', text)]).map((e) => e.date.start);
    expect(days).not.toContain('2024-06-01');
    expect(days).not.toContain('2024-11-25');
    expect(days).toContain('2024-11-26');
  });
});
