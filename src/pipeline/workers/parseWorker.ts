import { parentPort, workerData } from 'node:worker_threads';
import { parseArticle } from '../buildEventsFile.ts';
import { ArticleCache } from '../cache/articleCache.ts';
import { writeMergedCorpus } from '../cache/mergedCorpus.ts';
import { parsedArticleToBytes } from '../cache/parsedArticleBytes.ts';
import type {
  CacheEntry,
  WorkerBatch,
  WorkerReply,
  WorkerSetup,
  WorkerSetupMessage,
  WorkerStore,
  WorkerStored,
  WorkerStoreMerged,
} from './workerMessages.ts';

// Runs inside a worker thread started by parseInWorkers, from the bundle or under tsx's loader.
// A worker started ahead of its work (startParseWorkers) gets its setup as the first message.
let setup = (workerData as WorkerSetup | null | undefined) ?? null;
let cache = setupCache(setup);
/** Results made but not stored yet, when the setup defers writes. */
let held: CacheEntry[] = [];
const port = parentPort;

function setupCache(given: WorkerSetup | null): ArticleCache | null {
  return given === null || given.cacheDir === null ? null : new ArticleCache(given.cacheDir);
}

type WorkerMessage = WorkerBatch | WorkerSetupMessage | WorkerStore | WorkerStoreMerged;

port?.on('message', (message: WorkerMessage) => {
  if ('setup' in message) {
    setup = message.setup;
    cache = setupCache(setup);
    return;
  }
  if ('store' in message) {
    // All written before the reply: it tells the run its cache is complete.
    for (const entry of [...held, ...message.store]) cache?.write(entry.key, entry.bytes);
    held = [];
    const stored: WorkerStored = { stored: 'entries' };
    port.postMessage(stored);
    return;
  }
  if ('storeMerged' in message) {
    writeMergedCorpus(message.storeMerged.cacheDir, message.storeMerged.bytes);
    const stored: WorkerStored = { stored: 'merge' };
    port.postMessage(stored);
    return;
  }
  let reply: WorkerReply;
  try {
    const context = setup?.context;
    if (context === undefined) throw new Error('a parse worker got articles before its setup');
    const results = message.seeds.map((seed, i) => {
      const parsed = parseArticle(seed, context);
      const bytes = parsedArticleToBytes(parsed);
      const key = message.keys[i];
      // Stored here rather than by the main thread, so writing the cache is parallel too.
      if (cache !== null && key !== undefined) {
        if (setup?.deferWrites === true) held.push({ key, bytes });
        else cache.write(key, bytes);
      }
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
