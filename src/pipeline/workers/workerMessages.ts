import type { ArticleContext } from '../buildEventsFile.ts';
import type { SeedInput } from '../pipelineTypes.ts';

/** What a parse worker starts with. */
export interface WorkerSetup {
  context: ArticleContext;
  /** Where the worker stores each result it computes, or null without a cache. */
  cacheDir: string | null;
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

export type WorkerReply =
  | { batch: number; ok: true; results: { bytes: Uint8Array; detections: number }[] }
  | { batch: number; ok: false; error: string };
