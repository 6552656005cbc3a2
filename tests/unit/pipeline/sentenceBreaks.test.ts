import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '../../../src/pipeline/sentenceBreaks.ts';

const ARTICLES = join(__dirname, '../../fixtures/articles');
const ICU = new Intl.Segmenter('en', { granularity: 'sentence' });

function icu(text: string): { segment: string; index: number }[] {
  return [...ICU.segment(text)].map(({ segment, index }) => ({ segment, index }));
}

describe('sentenceBreaks', () => {
  it('breaks where Intl.Segmenter does, at the cases its rules name', () => {
    const cases = [
      'Talks ended. Both sides left.',
      'The U.S. President spoke. Then he left!',
      'Growth was 3.5 percent. It fell.',
      'He said "enough." The talks ended.',
      'Officials met (in private.) Nothing was agreed.',
      'They discussed chips, etc. and also soybeans.',
      'Really?, he asked. Yes.',
      'It ended. ; then more',
      'Trade fell.— Exports too.',
      'Wait... What happened?! Nobody knew.',
      '“We agreed.” The deal holds.',
    ];
    for (const text of cases) expect(sentenceBreaks(text), text).toEqual(icu(text));
  });

  it('agrees with Intl.Segmenter on every line of our articles it reads', () => {
    const lines = readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(ARTICLES, f), 'utf8').split(/\r?\n/))
      .map((line) => line.trim());
    let read = 0;
    for (const line of lines) {
      const mine = sentenceBreaks(line);
      if (mine === null) continue;
      read++;
      expect(mine, line).toEqual(icu(line));
    }
    expect(read).toBeGreaterThan(lines.length / 2);
  });

  it('leaves text with other characters to ICU', () => {
    expect(sentenceBreaks('Xi met Trump in Busan。 Then he left.')).toBeNull();
    expect(sentenceBreaks('Café talks ended. Both left.')).toBeNull();
  });
});
