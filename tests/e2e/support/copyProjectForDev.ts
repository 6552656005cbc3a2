import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPipelineOnDir } from '../../../src/pipeline/runPipelineOnDir';

const ROOT = resolve(import.meta.dirname, '../../..');
const COPIED = ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', 'src', 'seeds'];

export interface ProjectCopy {
  root: string;
  seedsDir: string;
  remove(): void;
}

/**
 * The app's sources and a copy of seeds/ in a temporary folder (node_modules linked), so a test
 * may let the dev server rewrite curation.json and events.json without touching the repository.
 * The data file is built up front: the dev server serves only public files it saw at start.
 */
export function copyProjectForDev(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'timeline-dev-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  cpSync(join(ROOT, 'public'), join(root, 'public'), {
    recursive: true,
    filter: (from) => !from.startsWith(join(ROOT, 'public', 'data')),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const seedsDir = join(root, 'seeds');
  const run = runPipelineOnDir(seedsDir, join(root, 'public', 'data', 'events.json'));
  if (!run.ok) throw new Error(`the seeds copy did not parse: ${run.errors.join('; ')}`);
  return { root, seedsDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
