import { deserialize, serialize } from 'node:v8';
import type { ParsedArticle } from '../buildEventsFile.ts';
import type { SeedInput } from '../pipelineTypes.ts';
import { sourceChunk } from './sourceChunk.ts';

/** Bytes before the serialised result: its length, so the source chunk after it can be found. */
const LENGTH_BYTES = 4;

/**
 * One article's result as stored in the cache and sent back by a worker: the length of the
 * result, the result, then its source's sourceChunk (the source as events.json holds it).
 * V8's structured serialisation rather than JSON for the result: it keeps `undefined`, Maps,
 * Sets, -0 and shared references exactly as the stages made them, so a result read back from
 * the cache or from a worker assembles into the same bytes as one computed in place. The
 * article text is left out of the result (the key already pins it) and put back from the seed;
 * the chunk holds it as the file writes it.
 */
export function parsedArticleToBytes(parsed: ParsedArticle): Uint8Array {
  const result = serialize({ ...parsed, source: { ...parsed.source, text: '' } });
  const chunk = Buffer.from(sourceChunk(parsed.source), 'utf8');
  const bytes = Buffer.allocUnsafe(LENGTH_BYTES + result.length + chunk.length);
  bytes.writeUInt32LE(result.length, 0);
  bytes.set(result, LENGTH_BYTES);
  bytes.set(chunk, LENGTH_BYTES + result.length);
  return bytes;
}

export function parsedArticleFromBytes(bytes: Uint8Array, seed: SeedInput): ParsedArticle {
  const end = resultEnd(bytes);
  const parsed = deserialize(bytes.subarray(LENGTH_BYTES, end)) as ParsedArticle;
  parsed.source.text = seed.text;
  return parsed;
}

/** The sourceChunk stored after the result. */
export function sourceChunkFromBytes(bytes: Uint8Array): string {
  return Buffer.from(sourceChunkBytes(bytes)).toString('utf8');
}

/**
 * The sourceChunk stored after the result, as its UTF-8 bytes: a copy, so the whole entry or
 * worker reply it came in is not kept alive to the end of the run. events.json takes these
 * bytes as they are, where decoding 5,000 chunks into text and encoding them again on the way
 * to the file cost a re-parse after one added article the time and the garbage of 15 MB of text.
 */
export function sourceChunkBytes(bytes: Uint8Array): Uint8Array {
  const end = resultEnd(bytes);
  return Uint8Array.prototype.slice.call(bytes, end);
}

function resultEnd(bytes: Uint8Array): number {
  if (bytes.length < LENGTH_BYTES) throw new Error('a parsed article cut short');
  const length = new DataView(bytes.buffer, bytes.byteOffset, LENGTH_BYTES).getUint32(0, true);
  const end = LENGTH_BYTES + length;
  if (end > bytes.length) throw new Error('a parsed article cut short');
  return end;
}
