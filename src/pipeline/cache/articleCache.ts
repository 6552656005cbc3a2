import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFileAtomically } from '../replaceFileAtomically.ts';

const MAGIC = 'us-china-timeline article cache 2\n';
const HEADER_BYTES = MAGIC.length + 64 + 1;

/**
 * One file per article under `dir`, named by its key: a magic line, the SHA-256 of the payload,
 * then the payload (the hash covers the key as well). A file cut short or garbled by a killed run fails the checksum and counts
 * as a miss (and is rebuilt), never as a result. Writes go to a temp file renamed into place, so
 * a reader, or a second run writing the same entry, only ever sees a whole file.
 */
export class ArticleCache {
  readonly dir: string;
  /** Entries found but not trusted in this run. */
  damaged = 0;
  /** Entries that could not be stored in this run. */
  unwritable = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  read(key: string): Uint8Array | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.pathOf(key));
    } catch {
      return undefined;
    }
    const payload = bytes.subarray(HEADER_BYTES);
    const header = bytes.subarray(0, HEADER_BYTES).toString('latin1');
    if (header !== `${MAGIC}${checksum(key, payload)}\n`) {
      this.damaged++;
      rmSync(this.pathOf(key), { force: true });
      return undefined;
    }
    return payload;
  }

  /**
   * Stores an entry; a cache that cannot be written (read-only, disk full) only costs speed, so
   * the failure is counted rather than thrown.
   */
  write(key: string, payload: Uint8Array): void {
    const path = this.pathOf(key);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      replaceFileAtomically(
        path,
        Buffer.concat([Buffer.from(`${MAGIC}${checksum(key, payload)}\n`), payload]),
      );
    } catch {
      this.unwritable++;
    }
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.bin`);
  }
}

/** Over the key too, so an entry under another entry's name is not trusted either. */
function checksum(key: string, payload: Uint8Array): string {
  return createHash('sha256').update(key).update('\0').update(payload).digest('hex');
}
