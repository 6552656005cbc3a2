import type { ArticleContext } from '../buildEventsFile.ts';
import type { SeedInput } from '../pipelineTypes.ts';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './workerMessages.ts';
import { startParseWorkers, type ParseWorkerPool } from './parseWorkerPool.ts';

const BATCH = 16;

export interface WorkerJob {
  seed: SeedInput;
  key: string;
}

/** Batches queued per worker, so it has the next one while this thread is busy parsing. */
const IN_FLIGHT = 2;

/**
 * Parses `jobs` over `workers` worker threads and, when `parseHere` is given, in this thread
 * too: it takes batches from the same queue between worker messages, so the cores are busy
 * while the workers are still starting. Resolves with each job's serialised result in the order
 * given, or null for the jobs parsed here (parseHere kept those). Batches are handed out as
 * threads finish, so a slow article does not hold the others back. Rejects on the first article
 * a worker fails on.
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
  },
): Promise<(Uint8Array | null)[]> {
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
  const setup: WorkerSetup = { context: options.context, cacheDir: options.cacheDir };
  const count = Math.max(0, Math.min(options.workers, batches.length));
  let stopped = false;
  // Started once their entry is ready; this thread parses meanwhile.
  const pool = options.pool ?? startParseWorkers(count);
  const parseHere = options.parseHere;
  try {
    const here = async (): Promise<void> => {
      if (parseHere === undefined) return;
      for (let batch = take(); batch !== undefined; batch = take()) {
        for (let i = 0; i < batch.seeds.length; i++) parseHere(batch.batch + i);
        // Lets worker replies in, and hands them their next batch, before the next one here.
        await new Promise((resolve) => setImmediate(resolve));
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
        await new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const send = (): void => {
            const batch = take();
            if (batch !== undefined) {
              inFlight++;
              worker.postMessage(batch);
            } else if (inFlight === 0) resolve();
          };
          worker.on('message', (reply: WorkerReply) => {
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
    throw error;
  } finally {
    stopped = true;
    await pool.close();
  }
  return results;
}
