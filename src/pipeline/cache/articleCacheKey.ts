import { createHash } from 'node:crypto';
import type { ArticleContext } from '../buildEventsFile.ts';
import type { SeedInput } from '../pipelineTypes.ts';

/**
 * The cache key of one article's per-article results: its file name (the source id), text and
 * sidecar, the context the per-article stages read (the known-events registry) and the code.
 * Curation is not in it because curation acts only after the merge, which is never cached.
 */
export function articleCacheKey(seed: SeedInput, contextHash: string, codeVersion: string): string {
  return createHash('sha256')
    .update(codeVersion)
    .update('\0')
    .update(contextHash)
    .update('\0')
    .update(JSON.stringify(seed))
    .digest('hex');
}

/** Hashed once per run rather than once per article: the registry is the same for all of them. */
export function articleContextHash(context: ArticleContext): string {
  return createHash('sha256').update(JSON.stringify(context)).digest('hex');
}
