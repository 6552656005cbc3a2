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
 * writev each, so 5,000 source chunks cost a few calls. The UTF-8 length of the text is only
 * worked out when a file of about that size is there.
 */
export function writePartsAtomically(path: string, parts: readonly FilePart[]): boolean {
  if (sameParts(path, parts)) return false;
  mkdirSync(dirname(path), { recursive: true });
  replaceThroughTemp(path, (temp) => {
    const fd = openSync(temp, 'wx');
    try {
      writeAll(fd, parts);
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

function sameParts(path: string, parts: readonly FilePart[]): boolean {
  if (!existsSync(path)) return false;
  const old = statSync(path).size;
  // A UTF-16 unit is one to three bytes of UTF-8: a file outside those bounds needs no scan,
  // as when an article was added and the file grew.
  let units = 0;
  let bytes = 0;
  for (const p of parts) {
    if (typeof p === 'string') units += p.length;
    else bytes += p.length;
  }
  if (old < bytes + units || old > bytes + 3 * units) return false;
  const size = parts.reduce(
    (sum, p) => sum + (typeof p === 'string' ? Buffer.byteLength(p, 'utf8') : p.length),
    0,
  );
  if (old !== size) return false;
  const held = readFileSync(path);
  let at = 0;
  for (const part of parts) {
    const encoded = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    if (!held.subarray(at, at + encoded.length).equals(encoded)) return false;
    at += encoded.length;
  }
  return true;
}
