import type { Page } from '@playwright/test';
import { withTimeout } from './withTimeout.ts';

/**
 * In-page timing, so that no protocol round trip between Node and the browser is counted.
 * `installPageProbe` runs in the page (via `page.addInitScript`) before any of its scripts.
 */
export interface PageProbe {
  /** performance.now() (ms since navigation start) at the first frame showing a `.vis-item`. */
  firstItemAt: number | null;
  /** Same for the first element matching the list-row selector given at install time. */
  firstRowAt: number | null;
  /** Start watching: t0 is the timeStamp of the next `eventType` event, or now when null. */
  arm: (eventType: string | null) => void;
  /**
   * Resolves when the DOM has been quiet for QUIET_FRAMES animation frames after a change,
   * with the time from t0 to the first quiet frame; -1 when the input changed nothing for 5 s;
   * null when the page had not settled after `maxMs`.
   */
  settle: (maxMs: number) => Promise<number | null>;
}

declare global {
  interface Window {
    __probe?: PageProbe;
  }
}

export function installPageProbe(rowSelector: string | null): void {
  // vis-timeline animates zoom and focus with 20 ms timers, not frames: under load two frames
  // can pass between steps, so two quiet frames are not yet proof that it has finished.
  const QUIET_FRAMES = 4;
  // Frames run only when the page is not blocked, so this cannot fire during a long task.
  const NO_CHANGE_MS = 5_000;
  const NO_CHANGE = -1;
  let t0: number | null = null;
  let dirty = false;
  let changed = false;
  let watcher: MutationObserver | null = null;

  const probe: PageProbe = {
    firstItemAt: null,
    firstRowAt: null,
    arm(eventType) {
      watcher?.disconnect();
      dirty = false;
      changed = false;
      t0 = null;
      // Changes before the input (hover, focus rings from the pointer's approach) do not count,
      // nor does vis-timeline's "today" marker, which moves every 30 ms when zoomed in to days.
      watcher = new MutationObserver((records) => {
        if (t0 === null) return;
        const real = records.some((record) => {
          const target =
            record.target instanceof Element ? record.target : record.target.parentElement;
          return target?.closest('.vis-current-time') == null;
        });
        if (!real) return;
        dirty = true;
        changed = true;
      });
      watcher.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      if (eventType === null) {
        t0 = performance.now();
        return;
      }
      window.addEventListener(
        eventType,
        (event) => {
          t0 = Math.min(event.timeStamp, performance.now());
        },
        { capture: true, once: true },
      );
    },
    settle(maxMs) {
      return new Promise((resolve) => {
        const started = performance.now();
        let quietFrames = 0;
        let quietSince = 0;
        const finish = (value: number | null): void => {
          watcher?.disconnect();
          watcher = null;
          resolve(value);
        };
        const frame = (): void => {
          const now = performance.now();
          if (dirty || t0 === null || !changed) {
            dirty = false;
            quietFrames = 0;
          } else {
            if (quietFrames === 0) quietSince = now;
            quietFrames += 1;
          }
          if (quietFrames >= QUIET_FRAMES && t0 !== null) {
            finish(quietSince - t0);
            return;
          }
          if (now - started > maxMs) {
            finish(null);
            return;
          }
          if (!changed && t0 !== null && now - t0 > NO_CHANGE_MS) {
            finish(NO_CHANGE);
            return;
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
  };

  // The first item and row count when the frame that paints them starts: an element inserted
  // at the beginning of a long task is not on screen until the task ends.
  let itemSeen = false;
  let rowSeen = rowSelector === null;
  const firstPaint = new MutationObserver(() => {
    if (!itemSeen && document.querySelector('.vis-item') !== null) {
      itemSeen = true;
      requestAnimationFrame(() => {
        probe.firstItemAt = performance.now();
      });
    }
    if (!rowSeen && rowSelector !== null && document.querySelector(rowSelector) !== null) {
      rowSeen = true;
      requestAnimationFrame(() => {
        probe.firstRowAt = performance.now();
      });
    }
    if (itemSeen && rowSeen) firstPaint.disconnect();
  });
  firstPaint.observe(document, { subtree: true, childList: true });
  window.__probe = probe;
}

/**
 * Installs the probe in every document this page loads. tsx compiles with esbuild's keepNames,
 * which wraps inner functions in calls to a `__name` helper that exists only in Node; the page
 * gets a stand-in first.
 */
export async function addPageProbe(page: Page, rowSelector: string | null): Promise<void> {
  await page.addInitScript({
    content: 'globalThis.__name = globalThis.__name || ((fn) => fn);',
  });
  await page.addInitScript(installPageProbe, rowSelector);
}

/** Arms the probe in the page; call right before the input that starts the measured action. */
export async function armProbe(page: Page, eventType: string | null): Promise<void> {
  await page.evaluate((type) => window.__probe?.arm(type), eventType);
}

/** Waits in the page for the DOM to settle; null when nothing changed within `maxMs`. */
export async function settleProbe(page: Page, maxMs: number): Promise<number | null> {
  return page.evaluate((ms) => window.__probe?.settle(ms) ?? null, maxMs);
}

/**
 * Navigation-relative times of the first drawn item and first list row, waiting for the item.
 * The cap is enforced from Node as well: a page busy in one long task does not answer polls.
 */
export async function firstPaintTimes(
  page: Page,
  timeoutMs: number,
): Promise<{ firstItemMs: number; firstRowMs: number | null }> {
  const waited = await withTimeout(
    page.waitForFunction(() => window.__probe?.firstItemAt != null, undefined, {
      timeout: timeoutMs,
      polling: 100,
    }),
    timeoutMs + 2_000,
  );
  if (waited.timedOut) throw new FirstPaintTimeout(timeoutMs);
  return page.evaluate(() => ({
    firstItemMs: window.__probe?.firstItemAt ?? Number.NaN,
    firstRowMs: window.__probe?.firstRowAt ?? null,
  }));
}

export class FirstPaintTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`no timeline item within ${String(timeoutMs)} ms`);
    this.name = 'TimeoutError';
  }
}
