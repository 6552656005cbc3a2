import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/pipeline/buildEventsFile.ts';
import { ArticleCache } from '../../../../src/pipeline/cache/articleCache.ts';
import {
  MERGED_CORPUS_FILE,
  mergedCorpusBytes,
  readMergedCorpus,
  type MergedCorpus,
} from '../../../../src/pipeline/cache/mergedCorpus.ts';
import {
  parsedArticleFromBytes,
  parsedArticleToBytes,
} from '../../../../src/pipeline/cache/parsedArticleBytes.ts';
import { sourceChunk } from '../../../../src/pipeline/cache/sourceChunk.ts';
import { detectionMerger } from '../../../../src/pipeline/mergeDetections.ts';
import type { SeedInput } from '../../../../src/pipeline/pipelineTypes.ts';
import { parseInWorkers, type WorkerJob } from '../../../../src/pipeline/workers/parseInWorkers.ts';
import {
  startParseWorkers,
  watchWorker,
  type ParseWorkerPool,
} from '../../../../src/pipeline/workers/parseWorkerPool.ts';
import type { CacheEntry } from '../../../../src/pipeline/workers/workerMessages.ts';
import { makeArticles } from '../../../../bench/makeArticles.ts';

const context = { knownEvents: [] };

function jobsOf(seeds: SeedInput[]): WorkerJob[] {
  return seeds.map((seed) => ({
    seed,
    key: createHash('sha256').update(seed.file).digest('hex'),
  }));
}

/** What this thread's parseHere leaves for the workers to store. */
function entriesMadeHere(jobs: WorkerJob[]): CacheEntry[] {
  return jobs.map(({ seed, key }) => ({
    key,
    bytes: parsedArticleToBytes(parseArticle(seed, context)),
  }));
}

/** Each job's entry, read back: the article as this thread parses it. */
function expectStored(jobs: WorkerJob[], cacheDir: string): void {
  const cache = new ArticleCache(cacheDir);
  for (const { seed, key } of jobs) {
    const bytes = cache.read(key);
    expect(bytes, seed.file).toBeDefined();
    if (bytes !== undefined) {
      expect(parsedArticleFromBytes(bytes, seed)).toEqual(parseArticle(seed, context));
    }
  }
  expect(cache.damaged).toBe(0);
}

describe('cache writes left until the parse is over', () => {
  const articles = makeArticles(40);
  const inWorker = jobsOf(articles.slice(0, 20));
  const madeHere = jobsOf(articles.slice(20));

  it("are all stored, the worker's and this thread's, by the time the run waits for them", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'deferred-'));
    const cache = new ArticleCache(cacheDir);
    const storedHere: CacheEntry[] = [];
    const parsed = await parseInWorkers(inWorker, {
      workers: 1,
      pool: startParseWorkers(1),
      context,
      cacheDir,
      deferWrites: {
        here: entriesMadeHere(madeHere),
        storeHere: (entries) => {
          storedHere.push(...entries);
          entries.forEach((e) => cache.write(e.key, e.bytes));
        },
      },
    });
    await parsed.stored;
    expectStored([...inWorker, ...madeHere], cacheDir);
    // The worker wrote this thread's entries too, while this thread went on.
    expect(storedHere).toEqual([]);
  }, 120_000);

  it('are stored by this thread when the worker ends before storing them', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'deferred-'));
    const cache = new ArticleCache(cacheDir);
    // Answers every batch (with results nobody reads here), then dies when asked to store.
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (m) => {
         if ('setup' in m) return;
         if ('store' in m) process.exit(7);
         parentPort.postMessage({ batch: m.batch, ok: true,
           results: m.seeds.map(() => ({ bytes: new Uint8Array(1), detections: 0 })) });
       });`,
      { eval: true },
    );
    const pool: ParseWorkerPool = {
      workers: [Promise.resolve(watchWorker(worker))],
      close: async () => {
        await worker.terminate();
      },
    };
    const parsed = await parseInWorkers(inWorker, {
      workers: 1,
      pool,
      context,
      cacheDir,
      deferWrites: {
        here: entriesMadeHere(madeHere),
        storeHere: (entries) => entries.forEach((e) => cache.write(e.key, e.bytes)),
      },
    });
    await parsed.stored;
    expectStored(madeHere, cacheDir);
  }, 120_000);
});

describe("the run's merge, handed over after the parse", () => {
  const articles = makeArticles(20);
  const jobs = jobsOf(articles);
  const keys = jobs.map((j) => j.key);
  const corpus = (): MergedCorpus => {
    const parsed = articles.map((seed) => parseArticle(seed, context));
    const merger = detectionMerger();
    parsed.forEach((p) => merger.add(p.article));
    return {
      keys,
      state: merger.state(),
      sources: parsed.map((p) => ({ ...p.source, text: '' })),
      warnings: parsed.map((p) => p.warnings),
      detections: parsed.map((p) => p.article.detections.length),
      chunks: parsed.map((p) => Buffer.from(sourceChunk(p.source), 'utf8')),
    };
  };

  it('is stored by a worker, whole, and the run waits for it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'merge-'));
    const parsed = await parseInWorkers(jobs, {
      workers: 1,
      pool: startParseWorkers(1),
      context,
      cacheDir,
      deferWrites: { here: [], storeHere: () => undefined, merge: true },
    });
    let settled = false;
    void parsed.stored.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Not before this thread has handed the merge over.
    expect(settled).toBe(false);
    const merge = corpus();
    parsed.storeMerge(mergedCorpusBytes(merge));
    await parsed.stored;
    const read = readMergedCorpus(cacheDir, keys);
    expect(read?.keys).toEqual(keys);
    expect(read?.detections).toEqual(merge.detections);
    expect(read?.sources).toEqual(merge.sources);
  }, 120_000);

  it('is not waited for when there is none', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'merge-'));
    const parsed = await parseInWorkers(jobs, {
      workers: 1,
      pool: startParseWorkers(1),
      context,
      cacheDir,
      deferWrites: { here: [], storeHere: () => undefined, merge: true },
    });
    parsed.storeMerge(null);
    await parsed.stored;
    expect(existsSync(join(cacheDir, MERGED_CORPUS_FILE))).toBe(false);
  }, 120_000);
});
