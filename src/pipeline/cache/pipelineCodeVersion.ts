import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** Everything the per-article stages are made of: their code, the types and constants they share. */
const CODE_DIRS = ['src/pipeline', 'src/data'];

const memo = new Map<string, string>();

/**
 * A hash of the pipeline's own sources, the lockfile (chrono-node and friends) and the runtime
 * (Intl.Segmenter's sentences come from Node's ICU), read when a run starts. Any edit to any
 * stage changes it, so a cached result can never outlive the code that produced it, and nobody
 * has to remember to bump a constant.
 */
export function pipelineCodeVersion(root: string = ROOT): string {
  const known = memo.get(root);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  hash.update(`node ${process.versions.node} icu ${process.versions.icu ?? ''}\n`);
  const files = CODE_DIRS.flatMap((dir) => listSources(join(root, dir)));
  const lockfile = join(root, 'package-lock.json');
  if (existsSync(lockfile)) files.push(lockfile);
  for (const file of files.sort()) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(readFileSync(file));
  }
  const version = hash.digest('hex');
  memo.set(root, version);
  return version;
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.(?:ts|tsx|mjs|js|json)$/.test(entry.name) ? [path] : [];
  });
}
