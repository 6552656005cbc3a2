import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/pipeline/buildEventsFile.ts';
import { parsedArticleFromBytes } from '../../../../src/pipeline/cache/parsedArticleBytes.ts';
import {
  parseWorkerBundle,
  parseWorkerBundleIn,
  parseWorkerBundleNow,
} from '../../../../src/pipeline/workers/parseWorkerBundle.ts';
import type { WorkerReply } from '../../../../src/pipeline/workers/workerMessages.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
  dirs.push(dir);
  return dir;
}

const seed = {
  file: 'tariffs.txt',
  text: 'WASHINGTON, May 10, 2019 — The United States raised tariffs on $200 billion of Chinese goods on Friday.\n',
};

describe('the prebuilt parse worker', () => {
  it('parses an article exactly as this thread does', async () => {
    const file = fileURLToPath(await parseWorkerBundleIn(tempDir()));
    const worker = new Worker(file, {
      workerData: { context: { knownEvents: [] }, cacheDir: null },
      execArgv: [],
    });
    try {
      const reply = await new Promise<WorkerReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ batch: 0, seeds: [seed], keys: ['k'] });
      });
      if (!reply.ok) throw new Error(reply.error);
      const bytes = reply.results[0]?.bytes;
      if (bytes === undefined) throw new Error('no result');
      const here = parseArticle(seed, { knownEvents: [] });
      expect(here.article.detections.length).toBeGreaterThan(0);
      expect(parsedArticleFromBytes(bytes, seed)).toEqual(here);
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('rebuilds a bundle damaged on disk instead of running it', async () => {
    const dir = tempDir();
    const file = fileURLToPath(await parseWorkerBundleIn(dir));
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, whole.length / 2));
    expect(fileURLToPath(await parseWorkerBundleIn(dir))).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(whole);
    writeFileSync(file, whole.replace('\nvar ', '\nvar garbled_'));
    await parseWorkerBundleIn(dir);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  }, 60_000);

  it("removes another code version's bundle once it has gone unused for a day", async () => {
    const dir = tempDir();
    const old = join(dir, 'parseWorker-0000000000000000.mjs');
    const recent = join(dir, 'parseWorker-1111111111111111.mjs');
    writeFileSync(old, '// old\n');
    writeFileSync(recent, '// recent\n');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    await parseWorkerBundleIn(dir);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  }, 60_000);

  it('is at hand without waiting once built, so a worker starts before the folder is read', async () => {
    const built = await parseWorkerBundle();
    expect(built).not.toBeNull();
    expect(parseWorkerBundleNow()).toBe(built);
  }, 120_000);
});
