import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** Everything the per-article stages are made of: their code, the types and constants they share. */
const CODE_DIRS = ['src/pipeline', 'src/data'];

let memo: string | null = null;

/**
 * A hash of the pipeline's own sources, the lockfile (chrono-node and friends) and the runtime
 * (Intl.Segmenter's sentences come from Node's ICU), read when a run starts. Any edit to any
 * stage changes it, so a cached result can never outlive the code that produced it, and nobody
 * has to remember to bump a constant.
 */
export function pipelineCodeVersion(): string {
  if (memo !== null) return memo;
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node} icu ${process.versions.icu ?? ''}\n`);
  const files = CODE_DIRS.flatMap((dir) => listSources(join(ROOT, dir)));
  const lockfile = join(ROOT, 'package-lock.json');
  if (existsSync(lockfile)) files.push(lockfile);
  for (const file of files.sort()) {
    hash.update(`${relative(ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  memo = hash.digest('hex');
  return memo;
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.(?:ts|tsx|mjs|js|json)$/.test(entry.name) ? [path] : [];
  });
}
