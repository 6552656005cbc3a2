import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes `data` to a temp file beside `path`, then renames it over `path`: a reader (the app, the
 * seeds watcher, git, a second run) sees the old file or the new one, never half of one. The temp
 * name starts with a dot, so the seeds watcher skips it, and is unique per process, thread and
 * call, so two runs at once never write into one temp file. A failed write leaves no temp behind.
 */
export function replaceFileAtomically(path: string, data: string | Uint8Array): void {
  replaceThroughTemp(path, (temp) => writeFileSync(temp, data, { flag: 'wx' }));
}

/**
 * replaceFileAtomically for a writer of its own: `write` creates the temp file it is given (with
 * the `wx` flag, so it never writes into another run's) and fills it.
 */
export function replaceThroughTemp(path: string, write: (temp: string) => void): void {
  const suffix = `${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
  const temp = join(dirname(path), `.${basename(path)}.${suffix}.tmp`);
  try {
    write(temp);
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself is not there (or not writable) to hold a temp file.
    }
    throw error;
  }
}
