import { describe, expect, it } from 'vitest';
import { datedTitles } from './eventsOfArticle.ts';

const page = [
  'LIVE: US charges chemical firms',
  '',
  'Last updated Tuesday, October 3, 2023, 6:40 p.m. ET',
  '',
  '2:05 p.m. ET — Treasury: 28 designations',
  "The Treasury Department's sanctions office designated 28 people and entities it linked to the drug trade.",
  '',
  '11:30 a.m. ET — Garland: indictments unsealed',
  'The attorney general said prosecutors had unsealed eight indictments against eight China-based companies. Nobody has been arrested so far, he said.',
  '',
  '10:50 a.m. ET — Context',
  'In June the Justice Department filed its first charges against chemical makers, and two of the defendants were arrested.',
].join('\n');

describe('a live page whose time stamps carry their own headlines', () => {
  const titles = datedTitles(page, '2023-10-03');

  it("dates each update's acts on the page's day", () => {
    expect(titles).toContain('2023-10-03 occurred US files charges');
    expect(titles).toContain('2023-10-03 occurred US Treasury imposes sanctions');
  });

  it('keeps an update of the past on its own time, and "nobody has been arrested" is no arrest', () => {
    expect(titles).toContain('2023-06 occurred US Justice Department files lawsuit');
    expect(titles.filter((t) => /arrest/.test(t))).toEqual([]);
    expect(titles).toHaveLength(3);
  });
});
