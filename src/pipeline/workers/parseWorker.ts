import { parentPort, workerData } from 'node:worker_threads';
import { parseArticle } from '../buildEventsFile.ts';
import { ArticleCache } from '../cache/articleCache.ts';
import { parsedArticleToBytes } from '../cache/parsedArticleBytes.ts';
import type { WorkerBatch, WorkerReply, WorkerSetup } from './workerMessages.ts';

// Runs inside a worker thread started by parseInWorkers, under tsx's loader.
const setup = workerData as WorkerSetup;
const cache = setup.cacheDir === null ? null : new ArticleCache(setup.cacheDir);
const port = parentPort;

port?.on('message', (message: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    const results = message.seeds.map((seed, i) => {
      const parsed = parseArticle(seed, setup.context);
      const bytes = parsedArticleToBytes(parsed);
      const key = message.keys[i];
      // Stored here rather than by the main thread, so writing the cache is parallel too.
      if (cache !== null && key !== undefined) cache.write(key, bytes);
      return { bytes, detections: parsed.article.detections.length };
    });
    reply = { batch: message.batch, ok: true, results };
  } catch (error) {
    reply = {
      batch: message.batch,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  port.postMessage(reply);
});
