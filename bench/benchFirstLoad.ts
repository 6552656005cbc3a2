import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { StaticServer } from '../tests/e2e/support/staticServer.ts';
import { runParse } from '../src/pipeline/runParse.ts';
import { appSelectors } from './appSelectors.ts';
import { VIEWPORT } from './benchApp.ts';
import { addPageProbe, firstPaintTimes } from './pageProbe.ts';
import { makeArticles } from './makeArticles.ts';

export interface FirstLoadRun {
  form: 'texts inline' | 'texts per source';
  /** events.json as served (the static host does not compress), and gzipped. */
  dataBytes: number;
  dataGzipBytes: number;
  /** Every response the page received until its first list row: HTML, JS, CSS, data. */
  pageBytes: number;
  /** Fastest of the loads, navigation-relative. */
  firstRowMs: number | null;
  firstItemMs: number | null;
  loads: number;
}

export interface FirstLoadFigures {
  articles: number;
  meanArticleBytes: number;
  events: number;
  runs: FirstLoadRun[];
}

const SEEDS = resolve(import.meta.dirname, '..', 'seeds');
const LOADS = 3;

/**
 * The app's first load on `count` generated articles (about the size of real news articles),
 * with every text inside events.json and with texts in their own files, fetched only when
 * "Read in article" opens. The pipeline builds both files; the app's build is served as is.
 */
export async function benchFirstLoad(
  browser: Browser,
  app: StaticServer,
  count: number,
  limitMs: number,
): Promise<FirstLoadFigures> {
  const work = mkdtempSync(join(tmpdir(), 'bench-first-load-'));
  try {
    const seeds = join(work, 'seeds');
    mkdirSync(seeds);
    const corpus = makeArticles(count);
    for (const a of corpus) writeFileSync(join(seeds, a.file), a.text);
    for (const name of ['known-events.json', 'curation.json']) {
      copyFileSync(join(SEEDS, name), join(seeds, name));
    }
    const inlineOut = join(work, 'inline', 'events.json');
    const splitOut = join(work, 'split', 'events.json');
    for (const [out, texts] of [
      [inlineOut, 'inline'],
      [splitOut, 'files'],
    ] as const) {
      const result = await runParse(seeds, out, { cacheDir: join(work, 'cache'), jobs: 2, texts });
      if (!result.ok) throw new Error(result.errors.join('; '));
    }
    const inline = readFileSync(inlineOut);
    const split = readFileSync(splitOut);
    const events = (JSON.parse(inline.toString('utf8')) as { events: unknown[] }).events.length;
    const runs: FirstLoadRun[] = [];
    try {
      for (const [form, body] of [
        ['texts inline', inline],
        ['texts per source', split],
      ] as const) {
        app.setOverride('data/events.json', body);
        runs.push({ form, ...(await timeLoads(browser, app.url, limitMs)), ...sizes(body) });
      }
    } finally {
      app.setOverride('data/events.json', null);
    }
    const meanArticleBytes =
      corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / corpus.length;
    return { articles: count, meanArticleBytes, events, runs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function sizes(body: Buffer): { dataBytes: number; dataGzipBytes: number } {
  return { dataBytes: body.length, dataGzipBytes: gzipSync(body).length };
}

async function timeLoads(
  browser: Browser,
  url: string,
  limitMs: number,
): Promise<Pick<FirstLoadRun, 'firstRowMs' | 'firstItemMs' | 'pageBytes' | 'loads'>> {
  let best: Pick<FirstLoadRun, 'firstRowMs' | 'firstItemMs' | 'pageBytes'> | null = null;
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      let pageBytes = 0;
      const pending: Promise<void>[] = [];
      // From the network events' sizes: reading a 20 MB body back through the DevTools protocol
      // fails (its buffer is smaller), which would leave the data file uncounted.
      page.on('requestfinished', (request) => {
        pending.push(
          request.sizes().then(
            (sizes) => void (pageBytes += sizes.responseBodySize),
            () => undefined,
          ),
        );
      });
      await addPageProbe(page, appSelectors.listRowCss);
      await page.goto(url, { waitUntil: 'commit' });
      const times = await firstPaintTimes(page, limitMs);
      await Promise.all(pending);
      const run = { firstRowMs: times.firstRowMs, firstItemMs: times.firstItemMs, pageBytes };
      if (best === null || (run.firstRowMs ?? Infinity) < (best.firstRowMs ?? Infinity)) best = run;
    } finally {
      await context.close();
    }
  }
  if (best === null) throw new Error('no load measured');
  return { ...best, loads: LOADS };
}
