import type { Browser, Locator, Page } from '@playwright/test';
import { appActions } from './appActions.ts';
import { appSelectors, TOGGLED_THEME } from './appSelectors.ts';
import {
  firstLine,
  heapMB,
  quiesce,
  timeAction,
  type PageFigures,
  type Timing,
} from './browserTiming.ts';
import { firstPaintTimes, addPageProbe } from './pageProbe.ts';

export const VIEWPORT = { width: 1440, height: 900 };

/**
 * Drives the production app, already serving the data set at `url`, through the benchmark's
 * actions in a fresh browser context, each timed in the page from the input event to the
 * settled DOM.
 */
export async function benchApp(
  browser: Browser,
  url: string,
  limitMs: number,
): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await addPageProbe(page, appSelectors.listRowCss);
    await page.goto(url, { waitUntil: 'commit' });
    let firstItem: Timing;
    let firstRow: Timing | null = null;
    try {
      const times = await firstPaintTimes(page, limitMs);
      firstItem = { kind: 'ms', ms: times.firstItemMs };
      firstRow = times.firstRowMs === null ? null : { kind: 'ms', ms: times.firstRowMs };
    } catch (error) {
      const failed: Timing =
        error instanceof Error && error.name === 'TimeoutError'
          ? { kind: 'timeout', limitMs }
          : { kind: 'error', message: firstLine(error) };
      return { ...skippedAll(failed, 'the timeline never drew an item'), heapMB: null };
    }
    await quiesce(page);
    const heap = await heapMB(page);
    const landmarks = await titledInView(page);

    const toggle = appSelectors.themeToggle(page, TOGGLED_THEME.label);
    const actions = appActions(page);
    const clickAndTime = (target: () => Locator) =>
      timeAction(page, actions.click(target), limitMs);

    const toggleOff = await clickAndTime(() => toggle);
    await quiesce(page);
    const toggleOn = await clickAndTime(() => toggle);
    await quiesce(page);

    await appSelectors.search(page).focus();
    const search = await timeAction(page, actions.typeSearch, limitMs);
    await quiesce(page);

    const row = appSelectors.firstListRow(page);
    const title = (await appSelectors.rowTitle(row).textContent())?.trim() ?? '';
    let openEvent = await clickAndTime(() => row);
    const heading = (await appSelectors.detailHeading(page).textContent())?.trim() ?? '';
    if (openEvent.kind === 'ms' && heading !== title) {
      openEvent = { kind: 'error', message: `panel shows "${heading}", expected "${title}"` };
    }
    await quiesce(page);

    const zoomIn = await clickAndTime(() => appSelectors.zoomIn(page));
    return {
      firstItem,
      firstRow,
      toggleOff,
      toggleOn,
      search,
      openEvent,
      zoomIn,
      heapMB: heap,
      landmarks,
    };
  } finally {
    await context.close();
  }
}

/** Event items with a readable title inside the visible part of the timeline. */
async function titledInView(page: Page): Promise<number | null> {
  try {
    return await page.evaluate((css) => {
      const panel = document.querySelector('.vis-panel.vis-center');
      if (panel === null) return 0;
      const view = panel.getBoundingClientRect();
      let n = 0;
      for (const item of document.querySelectorAll(css)) {
        const box = item.getBoundingClientRect();
        const title = item.querySelector('.tl-title');
        if (title === null || (title.textContent ?? '').trim() === '') continue;
        if (title.getBoundingClientRect().width < 60) continue;
        if (
          box.right > view.left &&
          box.left < view.right &&
          box.top >= view.top - 1 &&
          box.bottom <= view.bottom + 1
        )
          n += 1;
      }
      return n;
    }, appSelectors.titledEventCss);
  } catch {
    return null;
  }
}

function skippedAll(firstItem: Timing, reason: string): Omit<PageFigures, 'heapMB'> {
  const skipped: Timing = { kind: 'skipped', reason };
  return {
    firstItem,
    firstRow: null,
    toggleOff: skipped,
    toggleOn: skipped,
    search: skipped,
    openEvent: skipped,
    zoomIn: skipped,
  };
}
