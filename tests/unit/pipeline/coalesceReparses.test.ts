import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesceReparses } from '../../../src/pipeline/coalesceReparses.ts';
import type { ParseRun } from '../../../src/pipeline/runParse.ts';

/** A folder whose content the test changes, and a parse that reads it when it is called. */
function folder(initial: string) {
  let content = initial;
  const seen: string[] = [];
  const parsed: { read: string; changed: string[] }[] = [];
  let duringParse: (() => void) | null = null;
  const reparse = coalesceReparses({
    settleMs: 100,
    fingerprint: () => content,
    parse: (): Promise<ParseRun> => {
      seen.push(content);
      const run = duringParse;
      duringParse = null;
      run?.();
      const ok = content !== '';
      return Promise.resolve(
        ok
          ? { ok, warnings: [], events: content.length, sources: 1, written: true }
          : { ok, errors: ['curation.json: not valid JSON'], warnings: [] },
      );
    },
    onParsed: (result, changed) =>
      parsed.push({ read: result.ok ? String(result.events) : 'error', changed }),
  });
  return {
    set: (next: string) => (content = next),
    whileParsing: (change: () => void) => (duringParse = change),
    reparse,
    seen,
    parsed,
  };
}

describe('coalesceReparses', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('takes a truncate-then-write reported twice as one change and one parse', async () => {
    const seeds = folder('{}');
    seeds.set('');
    seeds.reparse('seeds/curation.json');
    await vi.advanceTimersByTimeAsync(20);
    seeds.set('{"edits":[]}');
    seeds.reparse('seeds/curation.json');
    await vi.advanceTimersByTimeAsync(200);
    expect(seeds.seen).toEqual(['{"edits":[]}']);
    expect(seeds.parsed).toEqual([{ read: '12', changed: ['seeds/curation.json'] }]);
  });

  it('parses again when the file changed under the parse and the watcher said nothing more', async () => {
    const seeds = folder('{}');
    seeds.set('');
    seeds.whileParsing(() => seeds.set('{"edits":[]}'));
    seeds.reparse('seeds/curation.json');
    await vi.advanceTimersByTimeAsync(200);
    // The first parse read the empty file; the second caught the write, and only it is reported.
    expect(seeds.seen).toEqual(['', '{"edits":[]}']);
    expect(seeds.parsed).toEqual([{ read: '12', changed: ['seeds/curation.json'] }]);
  });

  it('a change reported while a parse runs gets its own parse after it', async () => {
    const seeds = folder('a');
    seeds.whileParsing(() => {
      seeds.reparse('seeds/b.txt');
    });
    seeds.reparse('seeds/a.txt');
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(200);
    expect(seeds.parsed.map((p) => p.changed)).toEqual([['seeds/a.txt'], ['seeds/b.txt']]);
  });

  it('reports a folder that stays broken once, with its error', async () => {
    const seeds = folder('');
    seeds.reparse('seeds/curation.json');
    await vi.advanceTimersByTimeAsync(200);
    expect(seeds.parsed).toEqual([{ read: 'error', changed: ['seeds/curation.json'] }]);
  });
});
