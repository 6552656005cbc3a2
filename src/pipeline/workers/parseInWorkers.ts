import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleContext } from '../buildEventsFile.ts';
import type { SeedInput } from '../pipelineTypes.ts';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './workerMessages.ts';
import { parseWorkerBundle } from './parseWorkerBundle.ts';

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
  const workers: Worker[] = [];
  let stopped = false;
  // Started once their entry is ready; this thread parses meanwhile.
  const started = count === 0 ? Promise.resolve(null) : parseWorkerBundle();
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
      ...Array.from({ length: count }, async () => {
        const bundle = await started;
        // This thread may have parsed everything while the bundle was being built.
        if (stopped || next >= batches.length) return;
        const worker = startParseWorker(setup, bundle);
        workers.push(worker);
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
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`a parse worker exited with code ${code}`));
          });
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
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * From the prebuilt bundle when there is one. Otherwise workers get TypeScript the way the CLI
 * does, through tsx: on Node 20 a worker does not inherit the parent's loader hooks for its entry
 * file, so a small bootstrap registers tsx first and then imports the worker's source.
 */
function startParseWorker(setup: WorkerSetup, bundle: string | null): Worker {
  if (bundle !== null) {
    return new Worker(new URL(bundle), {
      workerData: setup,
      execArgv: withoutTsx(process.execArgv),
    });
  }
  const tsx = tsxEsmApi();
  const entry = new URL('./parseWorker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

let tsxApiUrl: string | null = null;

/** tsx's ESM API entry as its package.json exports it (require.resolve would give the CJS one). */
function tsxEsmApi(): string {
  if (tsxApiUrl !== null) return tsxApiUrl;
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports?: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = manifest.exports?.['./esm/api'];
  const file = typeof entry === 'object' ? entry.import?.default : undefined;
  if (file === undefined) throw new Error('tsx does not export ./esm/api: cannot start workers');
  tsxApiUrl = pathToFileURL(join(dirname(manifestPath), file)).href;
  return tsxApiUrl;
}

/**
 * The parent's flags without tsx's: a worker inherits them, and tsx's loader (a thread of its
 * own, set up in every worker) would cost most of what the plain bundle saves.
 * `--require …/tsx/dist/preflight.cjs --import file:///…/tsx/dist/loader.mjs` goes, `--cpu-prof` stays.
 */
function withoutTsx(flags: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] ?? '';
    const value = flags[i + 1] ?? '';
    if ((flag === '--require' || flag === '--import') && /[\\/]tsx[\\/]/.test(value)) {
      i++;
      continue;
    }
    if (/^--(?:require|import)=.*[\\/]tsx[\\/]/.test(flag)) continue;
    kept.push(flag);
  }
  return kept;
}
