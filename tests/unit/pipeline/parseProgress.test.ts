import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/pipeline/progress/parseProgress.ts';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (t: string) => written.push(t) }, written };
}

describe('the parse progress line', () => {
  it('appears on a terminal once the run has taken a second, with articles and events', () => {
    let now = 0;
    const { stream, written } = terminal(true);
    const progress = parseProgress(stream, 5_000, () => now);
    now = 400;
    progress.update(10, 40);
    expect(written).toEqual([]);
    now = 1_200;
    progress.update(1_234, 8_765);
    expect(written.join('')).toContain('1,234 of 5,000 articles · 8,765 events found so far');
    now = 1_250;
    progress.update(1_240, 8_800);
    expect(written).toHaveLength(1);
    now = 1_400;
    progress.step('merging events across 5,000 articles');
    expect(written.at(-1)).toContain('merging events across 5,000 articles');
    progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('stays silent for a run that ends within a second', () => {
    let now = 0;
    const { stream, written } = terminal(true);
    const progress = parseProgress(stream, 3, () => now);
    now = 300;
    progress.update(3, 9);
    progress.finish();
    expect(written).toEqual([]);
  });

  it('stays silent when the output is not a terminal', () => {
    let now = 0;
    const { stream, written } = terminal(false);
    const progress = parseProgress(stream, 5_000, () => now);
    now = 5_000;
    progress.update(4_000, 20_000);
    progress.step('merging');
    progress.finish();
    expect(written).toEqual([]);
  });
});
