import type { Source } from '../../data/eventSchema.ts';

/** A source sits two levels deep in events.json: the file, then its `sources` array. */
const DEPTH = '    ';

/**
 * One source as serializeEventsFile writes it inside the file's `sources` array, in UTF-8:
 * JSON.stringify's own text of it with every line indented two levels (a JSON string holds no
 * raw line break, so each "\n" is one between two lines). Made where the article is parsed, in
 * a worker or read back with its cache entry, so the serial end of a run stitches these bytes
 * instead of serialising every article's text itself.
 */
export function sourceChunk(source: Source): Uint8Array {
  const json = JSON.stringify(source, null, 2);
  return Buffer.from(`${DEPTH}${json.replaceAll('\n', `\n${DEPTH}`)}`, 'utf8');
}

/**
 * Whether `chunk` can be `source`'s: it opens with the source's id and closes its object. A
 * cheap check for an entry filed under the wrong article, not a proof (the checksum is that).
 */
export function chunkFits(chunk: Uint8Array, source: Source): boolean {
  const open = Buffer.from(`${DEPTH}{\n${DEPTH}  "id": ${JSON.stringify(source.id)},\n`, 'utf8');
  const close = CLOSE;
  if (chunk.length < open.length + close.length) return false;
  return (
    Buffer.from(chunk.buffer, chunk.byteOffset, open.length).equals(open) &&
    Buffer.from(chunk.buffer, chunk.byteOffset + chunk.length - close.length, close.length).equals(
      close,
    )
  );
}

const CLOSE = Buffer.from(`\n${DEPTH}}`, 'utf8');
