import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineCodeVersion } from '../../../../src/pipeline/cache/pipelineCodeVersion.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'code-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('the pipeline code version', () => {
  const base = {
    'src/pipeline/detectEvents.ts': 'export const RULE = 1;\n',
    'src/pipeline/cache/articleCache.ts': 'export {};\n',
    'src/data/eventSchema.ts': 'export {};\n',
    'package-lock.json': '{}\n',
  };

  it('is the same for the same sources', () => {
    expect(pipelineCodeVersion(project(base))).toBe(pipelineCodeVersion(project(base)));
  });

  it.each([
    ['a stage is edited', { 'src/pipeline/detectEvents.ts': 'export const RULE = 2;\n' }],
    ['a file is added in a subfolder', { 'src/pipeline/stages/new.ts': 'export {};\n' }],
    ['the data schema changes', { 'src/data/eventSchema.ts': 'export const X = 1;\n' }],
    ['a dependency changes', { 'package-lock.json': '{"v":2}\n' }],
  ])('changes when %s, so no cached result outlives its code', (_, change) => {
    expect(pipelineCodeVersion(project({ ...base, ...change }))).not.toBe(
      pipelineCodeVersion(project(base)),
    );
  });

  it('is not changed by files outside the pipeline', () => {
    expect(pipelineCodeVersion(project({ ...base, 'src/App.tsx': 'x' }))).toBe(
      pipelineCodeVersion(project(base)),
    );
  });
});
