import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { curationSchema } from '../src/pipeline/curationSchema.ts';
import { knownEventsFileSchema } from '../src/pipeline/knownEventSchema.ts';
import { buildEventsFile } from '../src/pipeline/buildEventsFile.ts';
import type { PipelineConfig } from '../src/pipeline/pipelineTypes.ts';
import { makeArticles } from './makeArticles.ts';

export interface PipelineRun {
  articles: number;
  /** Fastest of the runs, in ms: other work on the machine only ever adds time. */
  ms: number;
  runs: number;
  articlesPerSecond: number;
  msPerArticle: number;
  events: number;
}

export interface PipelineFigures {
  runs: PipelineRun[];
  /** ms per article on the largest corpus ÷ ms per article on the smallest; 1 is linear. */
  linearityRatio: number | null;
}

const SEEDS = resolve(import.meta.dirname, '..', 'seeds');
const REPEAT_BUDGET_MS = 12_000;

/**
 * Times `buildEventsFile` in-process on synthetic corpora (generation is not timed). A warm-up run
 * first, so that JIT compilation and lazy set-up are not charged to the first corpus.
 */
export function benchPipeline(sizes: number[]): PipelineFigures {
  const config = loadPipelineConfig();
  const largest = Math.max(...sizes);
  const corpus = makeArticles(largest);
  buildEventsFile(corpus.slice(0, 100), config);

  const runs: PipelineRun[] = [];
  for (const size of sizes) {
    const seeds = corpus.slice(0, size);
    const times: number[] = [];
    let events = 0;
    // Two runs at least and up to five while that stays cheap (fastest counts): one run here
    // moves by a fifth with what else the machine does, and the linearity is a ratio of two.
    while (times.length < 2 || (times.length < 5 && sum(times) < REPEAT_BUDGET_MS)) {
      const t0 = performance.now();
      events = buildEventsFile(seeds, config).file.events.length;
      times.push(performance.now() - t0);
    }
    const ms = Math.min(...times);
    runs.push({
      articles: size,
      ms,
      runs: times.length,
      articlesPerSecond: (size / ms) * 1000,
      msPerArticle: ms / size,
      events,
    });
  }
  const small = runs[0];
  const large = runs[runs.length - 1];
  return {
    runs,
    linearityRatio:
      small !== undefined && large !== undefined && large !== small
        ? large.msPerArticle / small.msPerArticle
        : null,
  };
}

/** The project's own known-events and curation files, so alias matching costs what it costs. */
function loadPipelineConfig(): PipelineConfig {
  const known = readJson(['known-events.json']);
  const curation = readJson(['curation.json']);
  return {
    knownEvents: known === undefined ? [] : knownEventsFileSchema.parse(known).events,
    curation: curationSchema.parse(curation ?? {}),
  };
}

function readJson(names: string[]): unknown {
  for (const name of names) {
    const path = resolve(SEEDS, name);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  }
  return undefined;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
