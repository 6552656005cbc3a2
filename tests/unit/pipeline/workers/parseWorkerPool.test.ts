import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/pipeline/buildEventsFile.ts';
import { parsedArticleFromBytes } from '../../../../src/pipeline/cache/parsedArticleBytes.ts';
import { parseInWorkers } from '../../../../src/pipeline/workers/parseInWorkers.ts';
import {
  startParseWorkers,
  watchWorker,
  type ParseWorkerPool,
} from '../../../../src/pipeline/workers/parseWorkerPool.ts';

const seed = {
  file: 'tariffs.txt',
  text: 'WASHINGTON, May 10, 2019 — The United States raised tariffs on $200 billion of Chinese goods on Friday.\n',
};
const context = { knownEvents: [] };

describe('parse workers started before their work', () => {
  it('parse with the setup sent after they started, as this thread does', async () => {
    const pool = startParseWorkers(1);
    const { results } = await parseInWorkers([{ seed, key: 'k' }], {
      workers: 1,
      pool,
      context,
      cacheDir: null,
    });
    const bytes = results[0];
    if (bytes === null || bytes === undefined) throw new Error('no result');
    expect(parsedArticleFromBytes(bytes, seed)).toEqual(parseArticle(seed, context));
    // The parse closed the pool: its worker has ended.
    const started = await pool.workers[0];
    if (started === null || started === undefined) throw new Error('no worker started');
    await expect(started.ended).resolves.toBeInstanceOf(Error);
  }, 60_000);

  it('stop when the pool is closed unused', async () => {
    const pool = startParseWorkers(2);
    await pool.close();
    for (const starting of pool.workers) {
      const started = await starting;
      // Either never started, or started and stopped.
      if (started !== null) await expect(started.ended).resolves.toBeInstanceOf(Error);
    }
  }, 60_000);

  it('fail the parse, instead of leaving it waiting, when a worker dies while it loads', async () => {
    const worker = new Worker('process.exit(3)', { eval: true });
    const pool: ParseWorkerPool = {
      workers: [Promise.resolve(watchWorker(worker))],
      close: async () => {
        await worker.terminate();
      },
    };
    // Let it die before the parse looks at it.
    await new Promise((resolve) => worker.once('exit', resolve));
    await expect(
      parseInWorkers([{ seed, key: 'k' }], { workers: 1, pool, context, cacheDir: null }),
    ).rejects.toThrow(/exited with code 3/);
  }, 60_000);
});
