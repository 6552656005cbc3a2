import type { Page } from '@playwright/test';
import { settleProbe } from './pageProbe.ts';
import { withTimeout } from './withTimeout.ts';

/** One measured action: milliseconds, a timeout (the page may still be busy), or a failure. */
export type Timing =
  | { kind: 'ms'; ms: number }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'error'; message: string }
  | { kind: 'skipped'; reason: string };

/** The figures of one page (the app or the bare baseline) on one data set. */
export interface PageFigures {
  firstItem: Timing;
  /** App only: the first list row, i.e. when the page became usable without the timeline. */
  firstRow: Timing | null;
  toggleOff: Timing;
  toggleOn: Timing;
  search: Timing;
  openEvent: Timing;
  zoomIn: Timing;
  heapMB: number | null;
  /** App only: titled event items inside the visible timeline once it has settled. */
  landmarks?: number | null;
}

/**
 * Runs `start` (which arms the probe and gives the input), then waits in the page until the DOM
 * settles. A page stuck in a long task cannot answer, so the wait is also capped from Node.
 */
export async function timeAction(
  page: Page,
  start: () => Promise<void>,
  limitMs: number,
): Promise<Timing> {
  const run = (async () => {
    await start();
    return settleProbe(page, limitMs);
  })();
  try {
    const result = await withTimeout(run, limitMs + 2_000);
    if (result.timedOut || result.value === null) return { kind: 'timeout', limitMs };
    if (result.value < 0) return { kind: 'error', message: 'nothing on the page changed' };
    return { kind: 'ms', ms: result.value };
  } catch (error) {
    return { kind: 'error', message: firstLine(error) };
  }
}

/** Lets pending rendering finish between measured actions. */
export async function quiesce(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })),
  );
}

/** Used JS heap after a forced garbage collection, in MB (10^6 bytes). */
export async function heapMB(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return used === undefined ? null : used / 1e6;
  } catch {
    return null;
  }
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
