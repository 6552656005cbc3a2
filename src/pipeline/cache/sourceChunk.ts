import type { Source } from '../../data/eventSchema.ts';

/** A source sits two levels deep in events.json: the file, then its `sources` array. */
const DEPTH = '    ';

/**
 * One source as serializeEventsFile writes it inside the file's `sources` array: JSON.stringify's
 * own text of it with every line indented two levels (a JSON string holds no raw line break, so
 * each "\n" is one between two lines). Made where the article is parsed, in a worker or read
 * back with its cache entry, so the serial end of a run stitches these texts instead of
 * serialising every article's text itself. Kept as text, not as a view of the bytes it came
 * in: a view would keep each whole cache entry or worker reply alive to the end of the run.
 */
export function sourceChunk(source: Source): string {
  const json = JSON.stringify(source, null, 2);
  return `${DEPTH}${json.replaceAll('\n', `\n${DEPTH}`)}`;
}

/**
 * Whether `chunk` can be `source`'s: it opens with the source's id and closes its object. A
 * cheap check for an entry filed under the wrong article, not a proof (the checksum is that).
 */
export function chunkFits(chunk: string, source: Source): boolean {
  return (
    chunk.startsWith(`${DEPTH}{\n${DEPTH}  "id": ${JSON.stringify(source.id)},\n`) &&
    chunk.endsWith(`\n${DEPTH}}`)
  );
}
