import { isUtf8 } from 'node:buffer';
import type { Source } from '../../data/eventSchema.ts';

/** A source sits two levels deep in events.json: the file, then its `sources` array. */
const DEPTH = '    ';

/**
 * One source as serializeEventsFile writes it inside the file's `sources` array: JSON.stringify's
 * own text of it with every line indented two levels (a JSON string holds no raw line break, so
 * each "\n" is one between two lines). Made where the article is parsed, in a worker or read
 * back with its cache entry, so the serial end of a run stitches these texts instead of
 * serialising every article's text itself. A run keeps each as a copy of its UTF-8 bytes
 * (sourceChunkBytes), not as a view of the bytes it came in: a view would keep each whole cache
 * entry or worker reply alive to the end of the run.
 */
export function sourceChunk(source: Source): string {
  const json = JSON.stringify(source, null, 2);
  return `${DEPTH}${json.replaceAll('\n', `\n${DEPTH}`)}`;
}

const CLOSE = Buffer.from(`\n${DEPTH}}`, 'utf8');

/**
 * Whether `chunk` (UTF-8 bytes) can be `source`'s: it opens with the source's id and closes its
 * object. A cheap check for an entry filed under the wrong article, not a proof (the checksum is
 * that). It must be UTF-8 too, since the file takes it as it is.
 */
export function chunkFits(chunk: Uint8Array, source: Source): boolean {
  const open = Buffer.from(`${DEPTH}{\n${DEPTH}  "id": ${JSON.stringify(source.id)},\n`, 'utf8');
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return (
    bytes.length >= open.length + CLOSE.length &&
    bytes.subarray(0, open.length).equals(open) &&
    bytes.subarray(bytes.length - CLOSE.length).equals(CLOSE) &&
    isUtf8(bytes)
  );
}
