import type { ArticleContext } from '../buildEventsFile.ts';
import { writeMergedCorpus, type MergedCorpusBytes } from '../cache/mergedCorpus.ts';
import type { SeedInput } from '../pipelineTypes.ts';
import type {
  CacheEntry,
  WorkerBatch,
  WorkerReply,
  WorkerSetup,
  WorkerStored,
  WorkerStoreMerged,
} from './workerMessages.ts';
import { startParseWorkers, type ParseWorkerPool, type PooledWorker } from './parseWorkerPool.ts';

const BATCH = 16;

export interface WorkerJob {
  seed: SeedInput;
  key: string;
}

/** Batches queued per worker, so it has the next one while this thread is busy parsing. */
const IN_FLIGHT = 2;

export interface WorkersParsed {
  /** Each job's serialised result in the order given, or null for one parsed here. */
  results: (Uint8Array | null)[];
  /**
   * Resolves once the cache entries held back (`deferWrites`) and the merge are stored and the
   * workers are closed; at once without deferWrites. Never rejects: like an entry the cache cannot write,
   * one a worker ended before storing costs only the next run's time.
   */
  stored: Promise<void>;
  /**
   * With `deferWrites.merge`, to be called once with the run's merge for the cache, or null for
   * none: it goes to a worker at once, and `stored` waits for it. A no-op otherwise.
   */
  storeMerge: (bytes: MergedCorpusBytes | null) => void;
}

/**
 * Parses `jobs` over `workers` worker threads and, when `parseHere` is given, in this thread
 * too: it takes batches from the same queue between worker messages, so the cores are busy
 * while the workers are still starting. Batches are handed out as threads finish, so a slow
 * article does not hold the others back. Rejects on the first article a worker fails on.
 */
export async function parseInWorkers(
  jobs: WorkerJob[],
  options: {
    workers: number;
    /** Workers started earlier (startParseWorkers); closed when this returns, used or not. */
    pool?: ParseWorkerPool;
    context: ArticleContext;
    cacheDir: string | null;
    parseHere?: (index: number) => void;
    /** Called as worker results arrive (for progress), with the article's detection count. */
    onParsed?: (detections: number) => void;
    /**
     * Takes each worker result as it arrives, instead of the returned array (which then holds
     * null for it): reading it back here, while the workers still parse, keeps the last batches
     * from waiting on this thread.
     */
    onResult?: (index: number, bytes: Uint8Array) => void;
    /**
     * Cache writes moved after the parse: the workers hold their entries, and once the last
     * batch is in they store them with `here` (the entries this thread made, filled by
     * parseHere), while this thread goes on alone with the cross-article stages. At 5,000
     * articles the writes were a tenth of the parse's CPU time on one thread, and two threads
     * creating files in the same folders slowed each other's open() calls several times over.
     * `storeHere` writes `here` when no worker is left to take them.
     */
    deferWrites?: {
      here: CacheEntry[];
      storeHere: (entries: CacheEntry[]) => void;
      /**
       * The caller hands the run's merge to storeMerge: a worker checksums and writes it while
       * this thread assembles the file. The workers are kept until it is called.
       */
      merge?: true;
    };
  },
): Promise<WorkersParsed> {
  const results = new Array<Uint8Array | null>(jobs.length).fill(null);
  const batches: WorkerBatch[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) {
    const slice = jobs.slice(start, start + BATCH);
    batches.push({
      batch: start,
      seeds: slice.map((j) => j.seed),
      keys: slice.map((j) => j.key),
    });
  }
  let next = 0;
  const take = (): WorkerBatch | undefined => batches[next++];
  const defer = options.deferWrites !== undefined && options.cacheDir !== null;
  const setup: WorkerSetup = {
    context: options.context,
    cacheDir: options.cacheDir,
    ...(defer ? { deferWrites: true } : {}),
  };
  const count = Math.max(0, Math.min(options.workers, batches.length));
  let stopped = false;
  // Started once their entry is ready; this thread parses meanwhile.
  const pool = options.pool ?? startParseWorkers(count);
  const parseHere = options.parseHere;
  /** Workers that got the setup, so hold entries (or can store some). */
  const setUp: PooledWorker[] = [];
  try {
    const here = async (): Promise<void> => {
      if (parseHere === undefined) return;
      for (let batch = take(); batch !== undefined; batch = take()) {
        for (let i = 0; i < batch.seeds.length; i++) {
          parseHere(batch.batch + i);
          // Lets worker replies in, and hands them their next batch, after each article here:
          // yielding once a batch (16 articles, most of a tenth of a second with the merge)
          // left the worker idle for 3 % of the parse once it had both its batches done.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    };
    await Promise.all([
      here(),
      ...pool.workers.slice(0, count).map(async (starting) => {
        const pooled = await starting;
        // This thread may have parsed everything while the worker was starting.
        if (pooled === null || stopped || next >= batches.length) return;
        const worker = pooled.worker;
        worker.postMessage({ setup });
        setUp.push(pooled);
        await new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const send = (): void => {
            const batch = take();
            if (batch !== undefined) {
              inFlight++;
              worker.postMessage(batch);
            } else if (inFlight === 0) resolve();
          };
          worker.on('message', (reply: WorkerReply | WorkerStored) => {
            if ('stored' in reply) return;
            inFlight--;
            if (!reply.ok) {
              reject(new Error(reply.error));
              return;
            }
            // The next batch first: onResult may take a while (it merges), the worker need not wait.
            send();
            reply.results.forEach((r, i) => {
              if (options.onResult !== undefined) options.onResult(reply.batch + i, r.bytes);
              else results[reply.batch + i] = r.bytes;
              options.onParsed?.(r.detections);
            });
          });
          // An exit before the last reply, even a clean one, leaves its batches undone.
          void pooled.ended.then(reject);
          for (let i = 0; i < IN_FLIGHT; i++) send();
        });
      }),
    ]);
  } catch (error) {
    // Nothing more to take, so this thread stops parsing too.
    next = batches.length;
    stopped = true;
    await pool.close();
    throw error;
  }
  stopped = true;
  if (!defer || options.deferWrites === undefined) {
    await pool.close();
    return { results, stored: Promise.resolve(), storeMerge: () => undefined };
  }
  const { here, storeHere, merge } = options.deferWrites;
  const cacheDir = options.cacheDir;
  let storeMerge = (bytes: MergedCorpusBytes | null): void => void bytes;
  const merged =
    merge !== true || cacheDir === null
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          storeMerge = (bytes) => {
            storeMerge = () => undefined;
            // Posted now, not on a later turn: this thread goes on with the file's stages
            // without once letting the event loop run.
            if (bytes === null) resolve();
            else storeMerged(setUp, cacheDir, bytes).then(resolve, () => resolve());
          };
        });
  const stored = Promise.all([
    // storeHere failing (it should count, not throw) must not leave the workers running.
    storeHeld(setUp, here, storeHere).catch(() => undefined),
    merged,
  ]).then(() => pool.close());
  return { results, stored, storeMerge: (bytes) => storeMerge(bytes) };
}

/**
 * Asks each set-up worker to store what it holds and a share of `here`. `storeHere` takes the
 * share of a worker that ends first, and all of `here` when no worker was set up (this thread
 * parsed everything while they started); what a worker held is then lost, which costs only
 * the next run's time.
 */
function storeHeld(
  workers: readonly PooledWorker[],
  here: CacheEntry[],
  storeHere: (entries: CacheEntry[]) => void,
): Promise<void> {
  if (workers.length === 0) {
    storeHere(here);
    return Promise.resolve();
  }
  const size = Math.ceil(here.length / workers.length);
  return Promise.all(
    workers.map((pooled, w) => {
      const share = here.slice(w * size, (w + 1) * size);
      return new Promise<void>((resolve, reject) => {
        pooled.worker.on('message', (reply: WorkerReply | WorkerStored) => {
          if ('stored' in reply && reply.stored === 'entries') resolve();
        });
        void pooled.ended.then(reject);
        pooled.worker.postMessage({ store: share });
      }).catch(() => storeHere(share));
    }),
  ).then(() => undefined);
}

/**
 * Hands the merge to the first worker to checksum and write, after the entries it was asked to
 * store; writes it here when no worker was set up. Its payload is moved, not copied, to the
 * worker: a worker that ends before writing it costs only the next run its head start.
 */
function storeMerged(
  workers: readonly PooledWorker[],
  cacheDir: string,
  bytes: MergedCorpusBytes,
): Promise<void> {
  const pooled = workers[0];
  if (pooled === undefined) {
    writeMergedCorpus(cacheDir, bytes);
    return Promise.resolve();
  }
  const buffer = bytes.payload.buffer;
  // V8's serialize gives the payload a buffer of its own; anything else is copied.
  const movable =
    buffer instanceof ArrayBuffer &&
    bytes.payload.byteOffset === 0 &&
    buffer.byteLength === bytes.payload.length;
  const message: WorkerStoreMerged = { storeMerged: { cacheDir, bytes } };
  return new Promise<void>((resolve, reject) => {
    pooled.worker.on('message', (reply: WorkerReply | WorkerStored) => {
      if ('stored' in reply && reply.stored === 'merge') resolve();
    });
    void pooled.ended.then(reject);
    pooled.worker.postMessage(message, movable ? [buffer] : []);
  });
}
