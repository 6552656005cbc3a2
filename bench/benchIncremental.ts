import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runParse, type ParseOptions } from '../src/pipeline/runParse.ts';
import { makeArticles } from './makeArticles.ts';

export interface TimedParse {
  /** Wall-clock ms of the whole run: reading the folder, cache, parse, merge, write. */
  ms: number;
  /** CPU ms of the process, all threads: steadier than wall time on a shared machine. */
  cpuMs: number;
  fromCache: number;
  parsed: number;
}

export interface IncrementalFigures {
  articles: number;
  coldOneThread: TimedParse;
  coldTwoWorkers: TimedParse;
  /** The same folder again, nothing changed, two workers allowed. */
  warm: TimedParse;
  /** One article added to the folder, then parsed with the warm cache. */
  oneAdded: TimedParse;
  /** Every run wrote the same bytes as a cold run on the same folder. */
  identical: boolean;
}

const SEEDS = resolve(import.meta.dirname, '..', 'seeds');

/**
 * `npm run parse`'s own path (runParse) on a folder of `count` generated articles: a cold run
 * in one thread, a cold run over two worker threads, a warm re-run and a re-run after adding
 * one article. Writing the folder is not timed.
 */
export async function benchIncremental(count: number): Promise<IncrementalFigures> {
  const work = mkdtempSync(join(tmpdir(), 'bench-parse-'));
  try {
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    const corpus = makeArticles(count + 1);
    const added = corpus.pop();
    if (added === undefined) throw new Error('no article to add');
    for (const article of corpus) writeFileSync(join(seeds, article.file), article.text);
    for (const name of ['known-events.json', 'curation.json']) {
      copyFileSync(join(SEEDS, name), join(seeds, name));
    }
    const out = (name: string) => join(work, name, 'events.json');
    const options = (cacheDir: string, jobs: number): ParseOptions => ({
      cacheDir: join(work, cacheDir),
      jobs,
      texts: 'inline',
    });

    const coldOneThread = await timed(seeds, out('one'), options('cache-one', 1));
    const coldTwoWorkers = await timed(seeds, out('two'), options('cache-two', 2));
    const warm = await timed(seeds, out('two'), options('cache-two', 2));
    const reference = readFileSync(out('one'), 'utf8');
    let identical = readFileSync(out('two'), 'utf8') === reference;

    writeFileSync(join(seeds, added.file), added.text);
    const oneAdded = await timed(seeds, out('two'), options('cache-two', 2));
    await timed(seeds, out('cold-added'), { cacheDir: null, jobs: 2, texts: 'inline' });
    identical &&= readFileSync(out('two'), 'utf8') === readFileSync(out('cold-added'), 'utf8');
    return { articles: count, coldOneThread, coldTwoWorkers, warm, oneAdded, identical };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function timed(seeds: string, out: string, options: ParseOptions): Promise<TimedParse> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const result = await runParse(seeds, out, options);
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    fromCache: result.cache?.fromCache ?? 0,
    parsed: result.cache?.parsed ?? 0,
  };
}
