import type { EventsFile } from '../../data/eventSchema.ts';
import type { Source } from '../../data/eventSchema.ts';
import {
  assembleMerged,
  parseArticle,
  type ArticleContext,
  type ParsedArticle,
} from '../buildEventsFile.ts';
import type { PipelineConfig, SeedInput } from '../pipelineTypes.ts';
import { detectionMerger } from '../mergeDetections.ts';
import { parseInWorkers, type WorkerJob } from '../workers/parseInWorkers.ts';
import type { CacheEntry } from '../workers/workerMessages.ts';
import type { ParseWorkerPool } from '../workers/parseWorkerPool.ts';
import { ArticleCache } from './articleCache.ts';
import {
  mergedCorpusBytes,
  readMergedCorpus,
  writeMergedCorpus,
  type MergedCorpusBytes,
} from './mergedCorpus.ts';
import { articleCacheKey, articleContextHash } from './articleCacheKey.ts';
import {
  parsedArticleFromBytes,
  parsedArticleToBytes,
  sourceChunkBytes,
} from './parsedArticleBytes.ts';
import { pipelineCodeVersion } from './pipelineCodeVersion.ts';
import { chunkFits, sourceChunk } from './sourceChunk.ts';

export interface CachedBuildOptions {
  /** Folder of the per-article cache, or null to parse everything and store nothing. */
  cacheDir: string | null;
  /** Threads parsing the articles not in the cache: this one and jobs − 1 workers. */
  jobs: number;
  /**
   * Workers the caller started ahead (startParseWorkers, jobs − 1 of them), so they load while
   * the folder is read; closed (perhaps still closing) when this returns, needed or not.
   */
  pool?: ParseWorkerPool;
  onProgress?: (done: number, events: number) => void;
  onStep?: (text: string) => void;
}

export interface CacheStats {
  fromCache: number;
  parsed: number;
  /** Entries found damaged (cut short, garbled) and rebuilt. */
  damaged: number;
}

export interface CachedBuild {
  file: EventsFile;
  warnings: string[];
  cache: CacheStats;
  /**
   * The sourceChunk of each of the file's sources, in its order, for serializeWithSourceChunks;
   * null when the file's sources are not the very ones parsed (the schema check copied them).
   */
  sourceChunks: Uint8Array[] | null;
  /**
   * Stores this run's merge for the next run to carry on from (mergedCorpus), when it should;
   * the caller calls it once the file is written, so the file is not kept waiting for it. A
   * no-op after a parse with workers: one of them stores the merge (`stored` waits for it).
   */
  storeMerge: () => void;
  /** How many articles' merge was carried over from the one a run stored (the rest merged). */
  carried: number;
  /**
   * Resolves once every entry of this run is in the cache (workers may still be storing them
   * while the caller writes the file); the caller awaits it before it finishes. Never rejects.
   */
  stored: Promise<void>;
}

/**
 * Starting a worker and loading the stages in it costs about as much as a few dozen articles;
 * below this many to parse, the current thread does it alone.
 */
const MIN_ARTICLES_FOR_WORKERS = 64;

/**
 * A stored merge is carried on from with up to this many articles after it, each read back (or
 * parsed) and merged as usual, before a run stores its own: storing the merge of 5,000 articles
 * costs about what merging them all again saves, so a re-parse after one article was added
 * leaves the stored merge as it is and the next re-parse starts from it too.
 */
const STORE_AFTER = 64;

/**
 * buildEventsFile, with each article's per-article results taken from the cache when its key
 * matches and computed (over worker threads when there are many) when not. The cross-article
 * stages always run, on every article, so the file is the one buildEventsFile would build.
 */
export async function buildEventsFileCached(
  seeds: SeedInput[],
  config: PipelineConfig,
  options: CachedBuildOptions,
): Promise<CachedBuild> {
  const ordered = [...seeds].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const context: ArticleContext = { knownEvents: config.knownEvents };
  const cache = options.cacheDir === null ? null : new ArticleCache(options.cacheDir);
  const codeVersion = pipelineCodeVersion();
  const contextHash = articleContextHash(context);
  const keys = ordered.map((seed) => articleCacheKey(seed, contextHash, codeVersion));
  // The merge of the first `from` articles, when a run stored it: only the rest are read back
  // and merged (those that sort after them, as articles added with later names do).
  const base =
    cache === null ? undefined : readMergedCorpus(cache.dir, keys, () => cache.damaged++);
  const from = base?.keys.length ?? 0;
  const parsed: (ParsedArticle | undefined)[] = new Array<ParsedArticle | undefined>(
    ordered.length,
  );
  const chunks: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(ordered.length);
  const missing: number[] = [];
  let done = 0;
  let events = 0;
  const progress = (detections: number): void => {
    done++;
    events += detections;
    options.onProgress?.(done, events);
  };

  // Articles are merged in file order as soon as every article before them is in, so the merge
  // runs while the workers parse; the drafts are the ones mergeDetections would make.
  const merger = detectionMerger(base?.state);
  let merged = from;
  const mergeReady = (): void => {
    for (let p = parsed[merged]; p !== undefined; p = parsed[merged]) {
      merger.add(p.article);
      merged++;
    }
  };

  for (let i = 0; i < from; i++) {
    chunks[i] = base?.chunks[i];
    progress(base?.detections[i] ?? 0);
  }
  ordered.forEach((seed, i) => {
    if (i < from) return;
    const bytes = cache?.read(keys[i] ?? '');
    const hit = bytes === undefined ? undefined : readBack(bytes, seed, cache);
    if (hit === undefined) {
      missing.push(i);
      return;
    }
    parsed[i] = hit.parsed;
    chunks[i] = hit.chunk;
    progress(hit.parsed.article.detections.length);
  });
  mergeReady();

  // With workers, this thread's entries are stored by them after the parse (deferWrites).
  let held: CacheEntry[] | null = null;
  const parseHere = (i: number): void => {
    const result = parseArticle(at(ordered, i), context);
    if (cache !== null) {
      const bytes = parsedArticleToBytes(result);
      if (held !== null) held.push({ key: at(keys, i), bytes });
      else cache.write(at(keys, i), bytes);
      chunks[i] = sourceChunkBytes(bytes);
    } else {
      chunks[i] = chunkOf(result.source);
    }
    parsed[i] = result;
    progress(result.article.detections.length);
    mergeReady();
  };
  let stored = Promise.resolve();
  // With workers, one of them stores the merge (deferWrites.merge); told null when there is none.
  let viaWorkers = false;
  let toWorkers = (bytes: MergedCorpusBytes | null): void => void bytes;
  if (missing.length >= MIN_ARTICLES_FOR_WORKERS && options.jobs > 1) {
    const jobs: WorkerJob[] = missing.map((i) => ({ seed: at(ordered, i), key: at(keys, i) }));
    const here: CacheEntry[] = [];
    if (cache !== null) held = here;
    // This thread is one of the jobs: it parses too, and only merges once all are in.
    const parsedInWorkers = await parseInWorkers(jobs, {
      workers: options.jobs - 1,
      ...(options.pool !== undefined ? { pool: options.pool } : {}),
      context,
      cacheDir: options.cacheDir,
      parseHere: (j) => parseHere(at(missing, j)),
      onParsed: progress,
      onResult: (j, bytes) => {
        const i = at(missing, j);
        parsed[i] = parsedArticleFromBytes(bytes, at(ordered, i));
        chunks[i] = sourceChunkBytes(bytes);
        mergeReady();
      },
      ...(cache !== null
        ? {
            deferWrites: {
              here,
              storeHere: (entries) => {
                for (const entry of entries) cache.write(entry.key, entry.bytes);
              },
              merge: true as const,
            },
          }
        : {}),
    });
    stored = parsedInWorkers.stored;
    toWorkers = parsedInWorkers.storeMerge;
    viaWorkers = cache !== null;
  } else {
    // Not awaited: a worker stopped while it loads takes a moment to go, and the caller waits
    // for it (closing again) once the file is written.
    void options.pool?.close();
    for (const i of missing) parseHere(i);
  }

  options.onStep?.(`merging events across ${ordered.length.toLocaleString('en-US')} articles`);
  let sources: Source[];
  let warnings: string[][];
  let built: ReturnType<typeof assembleMerged>;
  let storeMerge = (): void => undefined;
  try {
    mergeReady();
    sources = ordered.map((seed, i) => {
      const stored = i < from ? base?.sources[i] : parsed[i]?.source;
      if (stored === undefined) throw new Error('an article was neither cached nor parsed');
      // The stored merge keeps no texts (the key pins them): the seed's goes back in its place.
      if (i < from) stored.text = seed.text;
      return stored;
    });
    warnings = ordered.map((_, i) => (i < from ? base?.warnings[i] : parsed[i]?.warnings) ?? []);
    if (cache !== null && (base === undefined || ordered.length - from >= STORE_AFTER)) {
      // Serialised before the stages after the merge run: they read the drafts, and the stored
      // merge must be the merge as it is now, whatever a later stage might change.
      const bytes = mergedCorpusBytes({
        keys,
        state: merger.state(),
        sources: sources.map((source) => ({ ...source, text: '' })),
        warnings,
        detections: ordered.map((_, i) =>
          i < from ? (base?.detections[i] ?? 0) : (parsed[i]?.article.detections.length ?? 0),
        ),
        chunks: sources.map((source, i) => chunks[i] ?? chunkOf(source)),
      });
      if (viaWorkers) toWorkers(bytes);
      else storeMerge = () => void writeMergedCorpus(cache.dir, bytes);
    }
    toWorkers(null);
    built = assembleMerged(sources, warnings.flat(), merger.drafts, config);
  } catch (error) {
    // A failed run still leaves the cache whole and its workers stopped when it returns.
    toWorkers(null);
    await stored;
    throw error;
  }
  // The chunks were made from these sources: they serialise them only if the file kept them.
  const kept =
    built.file.sources.length === sources.length &&
    built.file.sources.every((source, i) => source === sources[i]);
  const sourceChunks = kept ? chunks.map((c, i) => c ?? chunkOf(at(sources, i))) : null;
  return {
    ...built,
    sourceChunks,
    storeMerge,
    carried: from,
    stored,
    cache: {
      fromCache: ordered.length - missing.length,
      parsed: missing.length,
      damaged: cache?.damaged ?? 0,
    },
  };
}

/**
 * A checksum-valid entry that still does not deserialise, or whose source chunk is not its
 * source's, is treated like a damaged one.
 */
function readBack(
  bytes: Uint8Array,
  seed: SeedInput,
  cache: ArticleCache | null,
): { parsed: ParsedArticle; chunk: Uint8Array } | undefined {
  try {
    const parsed = parsedArticleFromBytes(bytes, seed);
    const chunk = sourceChunkBytes(bytes);
    if (chunkFits(chunk, parsed.source)) return { parsed, chunk };
  } catch {
    // Counted below, like an entry that does not fit.
  }
  if (cache !== null) cache.damaged++;
  return undefined;
}

function chunkOf(source: ParsedArticle['source']): Uint8Array {
  return Buffer.from(sourceChunk(source), 'utf8');
}

function at<T>(values: readonly T[], i: number): T {
  const value = values[i];
  if (value === undefined) throw new Error(`index ${i} out of range`);
  return value;
}
