import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFileAtomically } from '../replaceFileAtomically.ts';
import { pipelineCodeVersion } from './pipelineCodeVersion.ts';

/** Holds the code version of the last run that finished with this cache. */
const MARKER = 'last-run';

/**
 * Whether this run will most likely parse most articles afresh: there is no cache, or the last
 * run that finished with it ran other code. Only a hint, for starting workers before the folder
 * is read: a re-parse after one edit (the dev server's) starts none it would stop unused, and a
 * wrong guess costs only when workers start, never what the run writes.
 */
export function coldRunLikely(cacheDir: string | null): boolean {
  if (cacheDir === null) return true;
  try {
    return readFileSync(join(cacheDir, MARKER), 'utf8') !== pipelineCodeVersion();
  } catch {
    return true;
  }
}

/** Notes that a run of this code version finished with the cache in `cacheDir`. */
export function noteFinishedRun(cacheDir: string | null): void {
  if (cacheDir === null) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
    replaceFileAtomically(join(cacheDir, MARKER), pipelineCodeVersion());
  } catch {
    // A read-only cache: the next run guesses cold, which only starts its workers early.
  }
}
