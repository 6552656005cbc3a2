import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src/pipeline/runPipelineOnDir.ts';

describe('writeFileAtomically', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const fileIn = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'write-atomically-'));
    dirs.push(dir);
    return join(dir, 'out', 'events.json');
  };

  it('leaves a file that already holds the text alone, and rewrites one that differs', () => {
    const path = fileIn();
    expect(writeFileAtomically(path, 'Talks in Geneva — día 1\n')).toBe(true);
    expect(writeFileAtomically(path, 'Talks in Geneva — día 1\n')).toBe(false);
    // Same length in bytes, other text: the sizes agree, the contents do not.
    expect(writeFileAtomically(path, 'Talks in Geneva — día 2\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('Talks in Geneva — día 2\n');
    expect(writeFileAtomically(path, 'Talks in Geneva\n')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('Talks in Geneva\n');
  });
});
