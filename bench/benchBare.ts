import type { Browser, BrowserContext, Page } from '@playwright/test';
import { VIEWPORT } from './benchApp.ts';
import { SEARCH_KEY } from './appSelectors.ts';
import {
  firstLine,
  heapMB,
  quiesce,
  timeAction,
  type PageFigures,
  type Timing,
} from './browserTiming.ts';
import { firstPaintTimes, addPageProbe } from './pageProbe.ts';
import { withTimeout } from './withTimeout.ts';

export type BareAction = 'toggleOff' | 'toggleOn' | 'search' | 'openEvent' | 'zoomIn';

export interface BareOptions {
  /** Cap on navigation → first drawn item. */
  loadLimitMs: number;
  /** Cap on each action. */
  actionLimitMs: number;
  /** The actions to time, in this order; the others are reported as not run. */
  actions: readonly BareAction[];
}

const CALLS: Record<BareAction, string> = {
  toggleOff: "window.bareBench.setTheme('trade', false)",
  toggleOn: "window.bareBench.setTheme('trade', true)",
  search: `window.bareBench.setQuery(${JSON.stringify(SEARCH_KEY)})`,
  openEvent: 'window.bareBench.openFirst()',
  zoomIn: 'window.bareBench.zoomIn()',
};

/**
 * The same actions on the bare vis-timeline page (`bench/bare/`). Its slow paths can block the
 * page for minutes, so each action is capped; after a timeout the page is thrown away and a
 * fresh one is loaded for the next action (set back to the state that action expects).
 */
export async function benchBare(
  browser: Browser,
  url: string,
  options: BareOptions,
): Promise<PageFigures> {
  const { loadLimitMs, actionLimitMs } = options;
  let session = await openBare(browser, url, loadLimitMs);
  const firstItem = session.firstItem;
  const heap = session.page === null ? null : await heapMB(session.page);
  const results: Partial<Record<BareAction, Timing>> = {};

  try {
    for (const name of options.actions) {
      if (session.page === null) {
        results[name] = { kind: 'skipped', reason: 'the bare page did not load' };
        continue;
      }
      const page = session.page;
      const timing = await timeAction(
        page,
        // Arming and acting in one evaluate: no round trip between t0 and the change.
        () => page.evaluate(`window.__probe.arm(null); ${CALLS[name]};`),
        actionLimitMs,
      );
      results[name] = timing;
      if (timing.kind === 'ms') {
        await quiesce(page);
        continue;
      }
      // The page is stuck in (or broken by) the slow path: start over for the next action.
      await closeQuietly(session.context);
      if (name === options.actions.at(-1)) break;
      session = await openBare(browser, url, loadLimitMs);
      if (session.page !== null && name === 'toggleOff') {
        // toggleOn expects the theme to be off; switching it off is the fast direction.
        await session.page.evaluate("window.bareBench.setTheme('trade', false)");
        await quiesce(session.page);
      }
    }
  } finally {
    await closeQuietly(session.context);
  }
  const missing: Timing = { kind: 'skipped', reason: 'left out to bound the run time' };
  return {
    firstItem,
    firstRow: null,
    toggleOff: results.toggleOff ?? missing,
    toggleOn: results.toggleOn ?? missing,
    search: results.search ?? missing,
    openEvent: results.openEvent ?? missing,
    zoomIn: results.zoomIn ?? missing,
    heapMB: heap,
  };
}

interface BareSession {
  context: BrowserContext;
  page: Page | null;
  firstItem: Timing;
}

async function openBare(browser: Browser, url: string, limitMs: number): Promise<BareSession> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await addPageProbe(page, null);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const { firstItemMs } = await firstPaintTimes(page, limitMs);
    await quiesce(page);
    return { context, page, firstItem: { kind: 'ms', ms: firstItemMs } };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      context,
      page: null,
      firstItem: timedOut
        ? { kind: 'timeout', limitMs }
        : { kind: 'error', message: firstLine(error) },
    };
  }
}

/** Closing a context whose renderer is busy can itself hang; never let it stall the bench. */
async function closeQuietly(context: BrowserContext): Promise<void> {
  await withTimeout(
    context.close().catch(() => undefined),
    15_000,
  );
}
