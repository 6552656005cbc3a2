import type { PageFigures, Timing } from './browserTiming.ts';
import {
  BROWSER_BUDGETS,
  INITIAL_JS_BUDGET_BYTES,
  ONE_ADDED_BUDGET_RATIO,
  TWO_WORKERS_BUDGET_RATIO,
  LINEARITY_TOLERANCE,
  MIN_LANDMARKS,
  PIPELINE_BUDGET_ARTICLES_PER_SECOND,
  timingMs,
  type BenchResults,
  type Metric,
} from './benchResults.ts';

const METRIC_LABELS: Record<Metric, string> = {
  firstItem: 'navigation → first timeline item',
  firstRow: 'navigation → first list row',
  toggleOff: 'theme toggle off',
  toggleOn: 'theme toggle on again',
  search: 'search keystroke → view',
  openEvent: 'open an event',
  zoomIn: 'zoom in',
};

/** The plain-text tables `npm run bench` prints (also pasted into the README). */
export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const m = results.machine;
  out.push(
    `Benchmark ${results.startedAt} · ${m.cpus} CPUs (1-min load ${m.loadAverageAtStart?.toFixed(1) ?? '?'} at start) · Node ${m.node} · ${m.chromium ?? 'no Chromium'}`,
    `App build: ${results.build ?? 'failed'}`,
    '',
  );

  out.push('Pipeline (buildEventsFile, in-process, synthetic articles)');
  if ('error' in results.pipeline) {
    out.push(`  not measured: ${results.pipeline.error}`);
  } else {
    const rows = results.pipeline.runs.map((run) => [
      `${fmtInt(run.articles)} articles`,
      fmtMs(run.ms) + (run.runs > 1 ? ` (best of ${run.runs})` : ''),
      `${fmtInt(Math.round(run.articlesPerSecond))} articles/s`,
      `${run.msPerArticle.toFixed(2)} ms/article`,
      `${fmtInt(run.events)} events`,
      `≥ ${PIPELINE_BUDGET_ARTICLES_PER_SECOND}/s`,
      mark(run.articlesPerSecond >= PIPELINE_BUDGET_ARTICLES_PER_SECOND),
    ]);
    out.push(...table(['corpus', 'time', 'throughput', 'cost', 'output', 'budget', ''], rows));
    const ratio = results.pipeline.linearityRatio;
    if (ratio !== null) {
      out.push(
        `  linearity: ms/article at the largest ÷ at the smallest corpus = ${ratio.toFixed(2)} ` +
          `(≤ ${LINEARITY_TOLERANCE} counts as linear) ${mark(ratio <= LINEARITY_TOLERANCE)}`,
      );
    }
  }
  out.push('');

  out.push(...formatIncremental(results), ...formatFirstLoad(results));

  out.push('Size (gzip)');
  if ('error' in results.size) {
    out.push(`  not measured: ${results.size.error}`);
  } else {
    const s = results.size;
    out.push(
      ...table(
        ['what', 'bytes', 'budget', ''],
        [
          [
            `initial JavaScript (${s.initialFiles.length} files, from ${s.method})`,
            fmtKb(s.initialGzipBytes),
            `≤ ${fmtKb(INITIAL_JS_BUDGET_BYTES)}`,
            mark(s.initialGzipBytes <= INITIAL_JS_BUDGET_BYTES),
          ],
          [
            `timeline chunk (${s.timelineFile ?? 'not found'})`,
            s.timelineGzipBytes === null ? '–' : fmtKb(s.timelineGzipBytes),
            'loaded after the page is usable',
            s.timelineFile === null ? '?' : mark(!s.timelineInInitial),
          ],
        ],
      ),
    );
  }
  out.push('');

  out.push(
    'Browser (production build, headless Chromium, 1440×900; app vs a bare vis-timeline page on the same data)',
  );
  if (!Array.isArray(results.browser)) {
    out.push(`  not measured: ${results.browser.error}`);
    return out.join('\n');
  }
  const rows: string[][] = [];
  for (const run of results.browser) {
    const metrics = Object.keys(METRIC_LABELS) as Metric[];
    for (const metric of metrics) {
      const app = 'error' in run.app ? null : run.app[metric];
      const bare = 'error' in run.bare ? null : run.bare[metric];
      if (metric === 'firstRow' && app === null) continue;
      const budget = BROWSER_BUDGETS[metric]?.[run.events];
      const appMs = timingMs(app);
      rows.push([
        fmtInt(run.events),
        METRIC_LABELS[metric],
        'error' in run.app ? `error: ${run.app.error}` : fmtTiming(app, results.actionLimitMs),
        metric === 'firstRow'
          ? '(no list)'
          : 'error' in run.bare
            ? `error: ${run.bare.error}`
            : fmtTiming(bare, results.actionLimitMs),
        ratio(appMs, bare, results.actionLimitMs),
        budget === undefined ? '' : `≤ ${fmtMs(budget)}`,
        budget === undefined ? '' : appMs === null ? '✗' : mark(appMs <= budget),
      ]);
    }
    const landmarks = 'error' in run.app ? null : (run.app.landmarks ?? null);
    rows.push([
      fmtInt(run.events),
      'titled events in view after load',
      landmarks === null ? '–' : String(landmarks),
      '',
      '',
      `≥ ${MIN_LANDMARKS}`,
      landmarks === null ? '' : mark(landmarks >= MIN_LANDMARKS),
    ]);
    rows.push([
      fmtInt(run.events),
      'JS heap after load',
      heap('error' in run.app ? null : run.app),
      heap('error' in run.bare ? null : run.bare),
      '',
      '',
      '',
    ]);
  }
  out.push(...table(['events', 'action', 'app', 'bare vis', 'bare/app', 'budget', ''], rows));
  return out.join('\n');
}

function formatIncremental(results: BenchResults): string[] {
  const inc = results.incremental;
  if (inc === undefined) return [];
  if ('error' in inc) return [`npm run parse (cache, workers): not measured: ${inc.error}`, ''];
  const base = inc.coldOneThread;
  const row = (label: string, run: typeof base, budget: number | null): string[] => {
    const r = run.ms / base.ms;
    return [
      label,
      fmtMs(run.ms) +
        (run.samples.length > 1
          ? ` (best of ${run.samples.map((ms) => fmtMs(ms)).join(', ')})`
          : ''),
      fmtMs(run.cpuMs),
      `${fmtInt(run.fromCache)} / ${fmtInt(run.parsed)}`,
      run === base ? '' : `${(r * 100).toFixed(0)}%`,
      budget === null ? '' : `≤ ${(budget * 100).toFixed(0)}%`,
      budget === null ? '' : mark(r <= budget),
    ];
  };
  return [
    `npm run parse (runParse: cache, workers), ${fmtInt(inc.articles)} synthetic articles`,
    ...table(
      [
        'run',
        'wall time',
        'CPU (all threads)',
        'cached / parsed',
        'of cold, 1 thread',
        'budget',
        '',
      ],
      [
        row('cold, 1 thread', inc.coldOneThread, null),
        row('cold, 2 threads (this + 1 worker)', inc.coldTwoWorkers, TWO_WORKERS_BUDGET_RATIO),
        row('warm cache, nothing changed', inc.warm, null),
        row('warm cache, one article added', inc.oneAdded, ONE_ADDED_BUDGET_RATIO),
      ],
    ),
    `  one added ÷ cold with 2 workers = ${((inc.oneAdded.ms / inc.coldTwoWorkers.ms) * 100).toFixed(0)}%; output identical to a cold run: ${inc.identical ? 'yes ✓' : 'NO ✗'}`,
    '',
  ];
}

function formatFirstLoad(results: BenchResults): string[] {
  const fl = results.firstLoad;
  if (fl === undefined) return [];
  if ('error' in fl) return [`First load: not measured: ${fl.error}`, ''];
  return [
    `First load, ${fmtInt(fl.articles)} articles (${fmtKb(fl.meanArticleBytes)} of text each on average), ${fmtInt(fl.events)} events`,
    ...table(
      ['events.json', 'bytes', 'gzip', 'whole first load', 'first list row', 'first timeline item'],
      fl.runs.map((r) => [
        r.form,
        fmtKb(r.dataBytes),
        fmtKb(r.dataGzipBytes),
        fmtKb(r.pageBytes),
        r.firstRowMs === null ? '—' : `${fmtMs(r.firstRowMs)} (best of ${r.loads})`,
        r.firstItemMs === null ? '—' : fmtMs(r.firstItemMs),
      ]),
    ),
    '',
  ];
}

function ratio(appMs: number | null, bare: Timing | null, limitMs: number): string {
  if (appMs === null || appMs <= 0 || bare === null) return '';
  if (bare.kind === 'timeout') return `> ${fmtRatio(limitMs / appMs)}`;
  if (bare.kind !== 'ms') return '';
  return fmtRatio(bare.ms / appMs);
}

function fmtRatio(r: number): string {
  return r >= 100 ? `${Math.round(r)}×` : r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`;
}

function fmtTiming(timing: Timing | null, limitMs: number): string {
  if (timing === null) return '–';
  switch (timing.kind) {
    case 'ms':
      return fmtMs(timing.ms);
    case 'timeout':
      return `> ${fmtMs(Math.max(limitMs, timing.limitMs))} (timed out)`;
    case 'error':
      return `error: ${timing.message.slice(0, 60)}`;
    case 'skipped':
      return `not run (${timing.reason})`;
  }
}

function heap(figures: PageFigures | null): string {
  return figures?.heapMB == null ? '–' : `${figures.heapMB.toFixed(1)} MB`;
}

function fmtMs(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function fmtKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}

function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  return [
    line(header),
    '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
    ...rows.map(line),
  ];
}
