import type { Worker } from 'node:worker_threads';
import { parseWorkerBundle, parseWorkerBundleNow } from './parseWorkerBundle.ts';
import { startParseWorker } from './startParseWorker.ts';

/** A started worker, and how it ended (an error, or an exit) if it did before its work did. */
export interface PooledWorker {
  worker: Worker;
  ended: Promise<Error>;
}

/** Parse workers started before they have work, so they load while this thread reads. */
export interface ParseWorkerPool {
  /** The workers, each once it is started; null for one not started before close(). */
  readonly workers: Promise<PooledWorker | null>[];
  /** Stops every worker, started or still to start; the same promise every time. */
  close(): Promise<void>;
}

/**
 * Starts `count` parse workers now, without their setup (parseInWorkers sends it as the first
 * message). A worker spends most of a second of CPU loading the stages: started when a run
 * starts, it loads on the other core while this thread reads the seeds folder and the cache,
 * instead of after, when this thread is already parsing alone. A run that turns out to have
 * nothing to parse closes the pool unused; the loading it cut short cost only the idle core.
 */
export function startParseWorkers(count: number): ParseWorkerPool {
  let closed = false;
  let closing: Promise<void> | null = null;
  const started: Worker[] = [];
  const start = (file: string | null): PooledWorker => {
    const worker = startParseWorker(null, file);
    started.push(worker);
    return watchWorker(worker);
  };
  // Started here and now when the bundle is built, not after this thread's next await.
  const now = count > 0 ? parseWorkerBundleNow() : null;
  const bundle = now !== null || count === 0 ? Promise.resolve(now) : parseWorkerBundle();
  const workers = Array.from({ length: count }, async (): Promise<PooledWorker | null> => {
    if (now !== null) return start(now);
    const file = await bundle;
    return closed ? null : start(file);
  });
  return {
    workers,
    // Once: a second close waits for the first.
    close: () => {
      closing ??= (async () => {
        closed = true;
        // Workers still waiting for the bundle are not started at all.
        await bundle;
        await Promise.all(started.map((w) => w.terminate()));
      })();
      return closing;
    },
  };
}

/**
 * The worker with how it ends, watched from the moment it starts: a worker that fails while
 * loading, before any parse listens to it, is still reported to the parse that waits on it.
 */
export function watchWorker(worker: Worker): PooledWorker {
  const ended = new Promise<Error>((resolve) => {
    worker.once('error', resolve);
    worker.once('exit', (code) => resolve(new Error(`a parse worker exited with code ${code}`)));
  });
  return { worker, ended };
}
