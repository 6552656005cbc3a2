import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runParse, type ParseOptions } from '../src/pipeline/runParse.ts';
import { makeArticles } from './makeArticles.ts';

export interface TimedParse {
  /**
   * Wall-clock ms of the whole run (reading the folder, cache, parse, merge, write): the fastest
   * of `samples`, since other work on the machine only ever adds time.
   */
  ms: number;
  /** Wall-clock ms of each run, in the order they ran. */
  samples: number[];
  /** CPU ms of the process, all threads, in the fastest run. */
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
 * Each kind of run is timed this many times, the two cold kinds alternating (one thread, two,
 * one, two): a single run here moves by a fifth with what else the machine does, and a ratio of
 * two single runs by more.
 */
const ROUNDS = 2;

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
    const corpus = makeArticles(count + ROUNDS);
    const extra = corpus.splice(count);
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

    // A cold run starts from an empty cache and writes no output yet.
    const cold = (name: string, jobs: number) => async (): Promise<TimedParse> => {
      rmSync(join(work, `cache-${name}`), { recursive: true, force: true });
      rmSync(out(name), { force: true });
      return timed(seeds, out(name), options(`cache-${name}`, jobs));
    };
    const coldRuns: { one: TimedParse[]; two: TimedParse[] } = { one: [], two: [] };
    for (let round = 0; round < ROUNDS; round++) {
      coldRuns.one.push(await cold('one', 1)());
      coldRuns.two.push(await cold('two', 2)());
    }
    const coldOneThread = fastest(coldRuns.one);
    const coldTwoWorkers = fastest(coldRuns.two);
    const warm = fastest(await repeat(() => timed(seeds, out('two'), options('cache-two', 2))));
    const reference = readFileSync(out('one'), 'utf8');
    let identical = readFileSync(out('two'), 'utf8') === reference;

    // Each one-added run adds an article the cache has not seen, to the same 5,000.
    const addedRuns: TimedParse[] = [];
    for (const [round, article] of extra.entries()) {
      if (round > 0) rmSync(join(seeds, extra[round - 1]?.file ?? ''), { force: true });
      writeFileSync(join(seeds, article.file), article.text);
      addedRuns.push(await timed(seeds, out('two'), options('cache-two', 2)));
      if (round === 0) {
        await timed(seeds, out('cold-added'), { cacheDir: null, jobs: 2, texts: 'inline' });
        identical &&= readFileSync(out('two'), 'utf8') === readFileSync(out('cold-added'), 'utf8');
      }
    }
    const oneAdded = fastest(addedRuns);
    return { articles: count, coldOneThread, coldTwoWorkers, warm, oneAdded, identical };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function repeat(run: () => Promise<TimedParse>): Promise<TimedParse[]> {
  const runs: TimedParse[] = [];
  for (let round = 0; round < ROUNDS; round++) runs.push(await run());
  return runs;
}

/** The fastest run, with every run's wall time in `samples`. */
function fastest(runs: TimedParse[]): TimedParse {
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...best, samples: runs.map((r) => r.ms) };
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
    samples: [ms],
    cpuMs: (used.user + used.system) / 1000,
    fromCache: result.cache?.fromCache ?? 0,
    parsed: result.cache?.parsed ?? 0,
  };
}
