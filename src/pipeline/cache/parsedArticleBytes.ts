import { deserialize, serialize } from 'node:v8';
import type { ParsedArticle } from '../buildEventsFile.ts';
import type { SeedInput } from '../pipelineTypes.ts';

/**
 * V8's structured serialisation rather than JSON: it keeps `undefined`, Maps, Sets, -0 and shared
 * references exactly as the stages made them, so a result read back from the cache or from a
 * worker assembles into the same bytes as one computed in place. The article text is left out
 * (the key already pins it) and put back from the seed.
 */
export function parsedArticleToBytes(parsed: ParsedArticle): Uint8Array {
  return serialize({ ...parsed, source: { ...parsed.source, text: '' } });
}

export function parsedArticleFromBytes(bytes: Uint8Array, seed: SeedInput): ParsedArticle {
  const parsed = deserialize(bytes) as ParsedArticle;
  parsed.source.text = seed.text;
  return parsed;
}
