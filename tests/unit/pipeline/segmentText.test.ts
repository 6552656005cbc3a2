import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/pipeline/segmentText.ts';

const TEXT = [
  'Beijing warns companies over Huawei chips',
  'By Jane Doe and John Roe',
  'Published: 22 May 2025',
  '',
  'WASHINGTON, May 21, 2025 — The U.S. Commerce Department said on Tuesday that Mr. Xi met officials. China said “No.” It later agreed.',
  'Ongoing Disputes Over Technology, Trade, and Security',
  'The performance state at its peak',
  'Photo: A ship in Busan, South Korea, on October 30, 2025, a long caption that goes on and on for many more words than a heading.',
  '(With inputs from ANI)',
].join('\n');

describe('segmentText', () => {
  const segments = segmentText(TEXT);

  it('keeps offsets exact', () => {
    for (const s of segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });

  it('classifies furniture by shape, never as body sentences', () => {
    const kinds = segments.map((s) => [s.kind, s.text.slice(0, 20)]);
    expect(kinds).toEqual([
      ['heading', 'Beijing warns compan'],
      ['credit', 'By Jane Doe and John'],
      ['dateline', 'Published: 22 May 20'],
      ['body', 'The U.S. Commerce De'],
      ['body', 'China said “No.”'],
      ['body', 'It later agreed.'],
      ['heading', 'Ongoing Disputes Ove'],
      ['furniture', 'The performance stat'],
      ['furniture', 'Photo: A ship in Bus'],
      ['credit', '(With inputs from AN'],
    ]);
  });

  it('starts the first sentence after a city dateline and keeps abbreviations inside sentences', () => {
    const first = segments.find((s) => s.kind === 'body');
    expect(first?.text).toBe(
      'The U.S. Commerce Department said on Tuesday that Mr. Xi met officials.',
    );
  });

  it('treats HTML as text', () => {
    const html = '<script>alert(1)</script> Trump met Xi in Busan on Oct. 30, 2025.';
    expect(segmentText(html).map((s) => s.text)).toEqual([html]);
  });
});

describe('segmentText on page clutter', () => {
  const kindsOf = (text: string) =>
    segmentText(text).map((s) => [s.kind, s.text] as [string, string]);

  it('splits sentences run together without a space, but not "U.S." or "3.5"', () => {
    const text =
      'Anchor: The two leaders met for 3.5 hours in the U.S. capital. Our correspondent has the details.Report:[Sound bite: a trade official]Talks resume on Friday.';
    expect(kindsOf(text)).toEqual([
      ['body', 'The two leaders met for 3.5 hours in the U.S. capital.'],
      ['body', 'Our correspondent has the details.'],
      ['furniture', '[Sound bite: a trade official]'],
      ['body', 'Talks resume on Friday.'],
    ]);
  });

  it('sets apart speaker labels that name the speaker or the place in brackets', () => {
    const text = [
      'PRESENTER (JO BANKS): Good evening. Beijing hit back today.',
      'AMY LIN (SHANGHAI): Amy, the ministry answered within hours.',
      'Q (Daily Courier): Did the two ministers meet in Geneva?',
    ].join('\n');
    expect(kindsOf(text).map(([, t]) => t)).toEqual([
      'Good evening.',
      'Beijing hit back today.',
      'Amy, the ministry answered within hours.',
      'Did the two ministers meet in Geneva?',
    ]);
  });

  it('keeps offsets exact after labels and notes are set apart', () => {
    const text = 'Reporter: Tariffs rose again.[Music]Beijing replied within hours.';
    for (const s of segmentText(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never reads related links, advertisements or captions as sentences', () => {
    const text = [
      'Ministers Agree to Resume Trade Talks',
      'Ministers Agree to Resume Trade Talks',
      'The two sides said on Monday that talks would resume in Geneva next month.',
      'Related Articles',
      'Advertisement',
      'Photo : A news agency',
      'Delegates arrive for the talks in Geneva on May 10, 2025.',
      'Delegates arrive for the talks in Geneva on May 10, 2025.Credit: AGENCY/ A Photographer',
      'Officials in Geneva, Switzerland, May 10, 2025. AGENCY/A Photographer',
      'The finance ministry declined to comment.',
    ].join('\n');
    expect(
      segmentText(text)
        .filter((s) => s.kind === 'body')
        .map((s) => s.text),
    ).toEqual([
      'The two sides said on Monday that talks would resume in Geneva next month.',
      'The finance ministry declined to comment.',
    ]);
    expect(segmentText(text)[1]?.kind).toBe('heading');
  });

  it('reads a correction note as the story’s history, not its news, and an editor’s note as news', () => {
    const text = [
      'The Senate voted on the bill on Tuesday.',
      'CORRECTION: An earlier version of this article said the Senate voted on Monday.',
      "Editor's note: The envoy met the ambassador in Beijing on Monday.",
    ].join('\n');
    expect(
      segmentText(text)
        .filter((s) => s.kind === 'body')
        .map((s) => s.text),
    ).toEqual([
      'The Senate voted on the bill on Tuesday.',
      "Editor's note: The envoy met the ambassador in Beijing on Monday.",
    ]);
  });
});
