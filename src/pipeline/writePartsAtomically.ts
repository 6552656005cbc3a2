import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { replaceThroughTemp } from './replaceFileAtomically.ts';

/** Parts of a file: text (written as UTF-8) or bytes. */
export type FilePart = string | Uint8Array;

/** Iovecs per writev call (Linux's IOV_MAX). */
const IOV_MAX = 1024;

/**
 * writeFileAtomically for a file given in parts, written one after the other without joining
 * them first: through replaceFileAtomically's temp file and rename, and false when the file
 * already held exactly these bytes and was left alone. Text is handed to the file as it is (Node
 * encodes it on the way, faster than Buffer.from does) and runs of byte parts go out in one
 * writev each, so 5,000 source chunks cost a few calls. The text is only encoded ahead when a
 * file of about that size is there (unlessHeld).
 */
export function writePartsAtomically(path: string, parts: readonly FilePart[]): boolean {
  const toWrite = unlessHeld(path, parts);
  if (toWrite === null) return false;
  mkdirSync(dirname(path), { recursive: true });
  replaceThroughTemp(path, (temp) => {
    const fd = openSync(temp, 'wx');
    try {
      writeAll(fd, toWrite);
    } finally {
      closeSync(fd);
    }
  });
  return true;
}

function writeAll(fd: number, parts: readonly FilePart[]): void {
  let bytes: Uint8Array[] = [];
  const flush = (): void => {
    for (let i = 0; i < bytes.length; i += IOV_MAX) {
      const batch = bytes.slice(i, i + IOV_MAX);
      const size = batch.reduce((sum, b) => sum + b.length, 0);
      const written = writevSync(fd, batch);
      // A regular file takes all of it or fails; a short write is finished part by part.
      if (written < size) writeRest(fd, batch, written);
    }
    bytes = [];
  };
  for (const part of parts) {
    if (typeof part !== 'string') {
      bytes.push(part);
      continue;
    }
    flush();
    // Node's own UTF-8 path for text, which writes it all at the file's position.
    writeFileSync(fd, part, 'utf8');
  }
  flush();
}

function writeRest(fd: number, batch: readonly Uint8Array[], written: number): void {
  let skip = written;
  for (const b of batch) {
    if (skip >= b.length) {
      skip -= b.length;
      continue;
    }
    let at = skip;
    skip = 0;
    while (at < b.length) at += writeSync(fd, b, at);
  }
}

/**
 * `parts` to write, or null when the file already holds exactly their bytes. The text is encoded
 * only when a file of about that size is there, and then once: its bytes give the size, are
 * compared with the file's and are what is written (measuring the text, encoding it to compare
 * and encoding it again to write was three passes over 40 MB after one added article).
 */
function unlessHeld(path: string, parts: readonly FilePart[]): readonly FilePart[] | null {
  if (!existsSync(path)) return parts;
  const old = statSync(path).size;
  // A UTF-16 unit is one to three bytes of UTF-8: a file outside those bounds needs no scan,
  // as when an article was added and the file grew.
  let units = 0;
  let bytes = 0;
  for (const p of parts) {
    if (typeof p === 'string') units += p.length;
    else bytes += p.length;
  }
  if (old < bytes + units || old > bytes + 3 * units) return parts;
  const encoded = parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
  const size = encoded.reduce((sum, p) => sum + p.length, 0);
  if (old !== size) return encoded;
  const held = readFileSync(path);
  let at = 0;
  for (const part of encoded) {
    if (!held.subarray(at, at + part.length).equals(part)) return encoded;
    at += part.length;
  }
  return null;
}
