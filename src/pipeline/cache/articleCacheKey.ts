import { createHash } from 'node:crypto';
import type { ArticleContext } from '../buildEventsFile.ts';
import type { SeedInput } from '../pipelineTypes.ts';

/**
 * The cache key of one article's per-article results: its file name (the source id), text and
 * sidecar, the context the per-article stages read (the known-events registry) and the code.
 * Curation is not in it because curation acts only after the merge, which is never cached.
 *
 * The text goes to the hash as it is, not inside a JSON copy of the seed: at 5,000 articles
 * stringifying every text (escaping its quotes and line breaks) and hashing that copy was a
 * tenth of a re-parse after one article was added. Its UTF-16 code units are hashed, so two
 * texts differing only in a lone surrogate (which UTF-8 would turn into the same U+FFFD) still
 * get two keys. The parts cannot run into each other: a file name holds no NUL, the sidecar's
 * JSON holds no raw one, and the text comes last.
 */
export function articleCacheKey(seed: SeedInput, contextHash: string, codeVersion: string): string {
  return createHash('sha256')
    .update(codeVersion)
    .update('\0')
    .update(contextHash)
    .update('\0')
    .update(seed.file)
    .update('\0')
    .update(seed.meta === undefined ? 'none' : JSON.stringify(seed.meta))
    .update('\0')
    .update(seed.text, 'utf16le')
    .digest('hex');
}

/** Hashed once per run rather than once per article: the registry is the same for all of them. */
export function articleContextHash(context: ArticleContext): string {
  return createHash('sha256').update(JSON.stringify(context)).digest('hex');
}
