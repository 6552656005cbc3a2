import type { ArticleContext } from '../buildEventsFile.ts';
import type { MergedCorpusBytes } from '../cache/mergedCorpus.ts';
import type { SeedInput } from '../pipelineTypes.ts';

/** What a parse worker starts with. */
export interface WorkerSetup {
  context: ArticleContext;
  /** Where the worker stores each result it computes, or null without a cache. */
  cacheDir: string | null;
  /**
   * Hold the results for the cache until a WorkerStore message, instead of storing each as it
   * is made: the run's last stages need only this thread, so the worker writes while they run.
   */
  deferWrites?: boolean;
}

/** The first message to a worker started without its setup (startParseWorkers). */
export interface WorkerSetupMessage {
  setup: WorkerSetup;
}

/** A batch of articles to parse; `keys[i]` is the cache key of `seeds[i]`. */
export interface WorkerBatch {
  batch: number;
  seeds: SeedInput[];
  keys: string[];
}

/** One result for the article cache: its key and its bytes (parsedArticleToBytes). */
export interface CacheEntry {
  key: string;
  bytes: Uint8Array;
}

/** After the last batch: store the results held back, and these entries made elsewhere. */
export interface WorkerStore {
  store: CacheEntry[];
}

/** After the parse: checksum and store the run's merge (writeMergedCorpus) in `cacheDir`. */
export interface WorkerStoreMerged {
  storeMerged: { cacheDir: string; bytes: MergedCorpusBytes };
}

export type WorkerReply =
  | { batch: number; ok: true; results: { bytes: Uint8Array; detections: number }[] }
  | { batch: number; ok: false; error: string };

/** The answer to a WorkerStore (`entries`) or a WorkerStoreMerged (`merge`), once written. */
export interface WorkerStored {
  stored: 'entries' | 'merge';
}
