import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleContext } from '../buildEventsFile';
import type { SeedInput } from '../pipelineTypes';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './workerMessages';

const BATCH = 16;

export interface WorkerJob {
  seed: SeedInput;
  key: string;
}

/**
 * Parses `jobs` over `threads` worker threads and resolves with each one's serialised result,
 * in the order given. Batches are handed out as workers finish, so a slow article does not hold
 * the others back. `onParsed` is called as results arrive (for progress). Rejects on the first
 * article a worker fails on.
 */
export async function parseInWorkers(
  jobs: WorkerJob[],
  options: {
    threads: number;
    context: ArticleContext;
    cacheDir: string | null;
    onParsed?: (done: number, detections: number) => void;
  },
): Promise<Uint8Array[]> {
  const results: Uint8Array[] = new Array<Uint8Array>(jobs.length);
  const batches: WorkerBatch[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) {
    const slice = jobs.slice(start, start + BATCH);
    batches.push({
      batch: start,
      seeds: slice.map((j) => j.seed),
      keys: slice.map((j) => j.key),
    });
  }
  const setup: WorkerSetup = { context: options.context, cacheDir: options.cacheDir };
  const threads = Math.max(1, Math.min(options.threads, batches.length));
  const workers = Array.from({ length: threads }, () => startParseWorker(setup));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              const batch = batches[next++];
              if (batch === undefined) resolve();
              else worker.postMessage(batch);
            };
            worker.on('message', (reply: WorkerReply) => {
              if (!reply.ok) {
                reject(new Error(reply.error));
                return;
              }
              reply.results.forEach((r, i) => {
                results[reply.batch + i] = r.bytes;
                done++;
                options.onParsed?.(done, r.detections);
              });
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a parse worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Workers get TypeScript the way the CLI does, through tsx: on Node 20 a worker does not inherit
 * the parent's loader hooks for its entry file, so a small bootstrap registers tsx first and then
 * imports the worker's source.
 */
function startParseWorker(setup: WorkerSetup): Worker {
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
