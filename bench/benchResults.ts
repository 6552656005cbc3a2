import type { BundleSize } from './measureBundleSize.ts';
import type { PageFigures, Timing } from './browserTiming.ts';
import type { PipelineFigures } from './benchPipeline.ts';
import type { IncrementalFigures } from './benchIncremental.ts';
import type { FirstLoadFigures } from './benchFirstLoad.ts';

export interface BrowserRun {
  events: number;
  app: PageFigures | { error: string };
  bare: PageFigures | { error: string };
}

/** Everything `npm run bench` measured; written to bench/results.json. */
export interface BenchResults {
  startedAt: string;
  machine: {
    cpus: number;
    node: string;
    platform: string;
    chromium: string | null;
    /** Other work on the machine skews every figure; the bare page's ratio is the steadier one. */
    loadAverageAtStart: number | null;
  };
  pipeline: PipelineFigures | { error: string };
  /** `npm run parse`'s path: cold in one thread and over two workers, warm, one added. */
  incremental?: IncrementalFigures | { error: string };
  /** The app's first load with texts inline and with texts per source. */
  firstLoad?: FirstLoadFigures | { error: string };
  size: BundleSize | { error: string };
  browser: BrowserRun[] | { error: string };
  actionLimitMs: number;
  /** How the measured app was built, or null when it did not build. */
  build: string | null;
}

export type Metric = Exclude<keyof PageFigures, 'heapMB' | 'landmarks'>;

/**
 * Budgets from DESIGN.md ("Performance") and issue #9 (100,000 realistic events, landmarks
 * drawn), by metric and data-set size, in ms.
 */
export const BROWSER_BUDGETS: Partial<Record<Metric, Partial<Record<number, number>>>> = {
  firstItem: { 5_000: 1_500, 100_000: 1_500 },
  toggleOff: { 5_000: 100, 20_000: 250, 100_000: 100 },
  toggleOn: { 5_000: 100, 20_000: 250, 100_000: 100 },
  search: { 5_000: 50, 100_000: 100 },
};

/** Titled events the visible timeline should show at 1440×900 (issue #9). */
export const MIN_LANDMARKS = 15;

export const PIPELINE_BUDGET_ARTICLES_PER_SECOND = 500;
/** Per-article cost may grow this much from the smallest to the largest corpus and still count as linear. */
export const LINEARITY_TOLERANCE = 1.5;
/** 120 kB, counted in 1,000-byte kilobytes (the stricter reading). */
export const INITIAL_JS_BUDGET_BYTES = 120_000;

export function timingMs(timing: Timing | null): number | null {
  return timing !== null && timing.kind === 'ms' ? timing.ms : null;
}

/** Issue #11: a re-run after adding one article, and a cold run over two workers, against one thread. */
export const ONE_ADDED_BUDGET_RATIO = 0.3;
export const TWO_WORKERS_BUDGET_RATIO = 0.65;
