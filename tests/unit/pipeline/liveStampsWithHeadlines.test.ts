import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

const page = [
  'LIVE: US charges chemical firms',
  '',
  'Updated Tuesday, October 3, 2023, at 7:10 p.m. ET',
  '',
  '2:05 p.m. ET — Sanctions: 19 names',
  'The sanctions office designated 19 companies and people it tied to the opioid trade.',
  '',
  '11:30 a.m. ET — Garland: indictments unsealed',
  'The attorney general said prosecutors had brought charges against five overseas chemical suppliers. Nobody has been arrested yet, she said.',
  '',
  '10:50 a.m. ET — Context',
  'In May the Justice Department filed an earlier set of charges against drug brokers, and three of the accused were arrested.',
].join('\n');

describe('a live page whose time stamps carry their own headlines', () => {
  const titles = datedTitles(page, '2023-10-03');

  it("dates each update's acts on the page's day", () => {
    expect(titles).toContain('2023-10-03 occurred US files charges');
    expect(titles).toContain('2023-10-03 occurred US imposes sanctions');
  });

  it('keeps an update of the past on its own time, and "nobody has been arrested" is no arrest', () => {
    expect(titles.filter((t) => t.startsWith('2023-05'))).toHaveLength(1);
    expect(titles.filter((t) => t.startsWith('2023-10-03') && /arrest/.test(t))).toEqual([]);
    expect(titles).toHaveLength(3);
  });
});
