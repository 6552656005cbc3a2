import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coldRunLikely, noteFinishedRun } from '../../../../src/pipeline/cache/coldRunHint.ts';

describe('the hint that a run will parse most articles afresh', () => {
  it('is cold without a cache, or before a run of this code finished with it, warm after', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hint-')), 'cache');
    expect(coldRunLikely(null)).toBe(true);
    expect(coldRunLikely(dir)).toBe(true);
    noteFinishedRun(dir);
    expect(coldRunLikely(dir)).toBe(false);
    // The last run ran other code: its entries are not this code's.
    writeFileSync(join(dir, 'last-run'), 'another code version');
    expect(coldRunLikely(dir)).toBe(true);
  });
});
