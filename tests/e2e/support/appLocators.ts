import { expect, type Locator, type Page } from '@playwright/test';

/** The event rows of the list (buttons carrying `data-event-id`). */
export function listRows(page: Page): Locator {
  return page.getByRole('list', { name: 'Events' }).locator('button[data-event-id]');
}

/**
 * The ids of every event row the list holds, in list order. The list is virtualised (only the
 * rows near the visible part exist), so this scrolls it through from top to bottom, collecting
 * as it goes, and scrolls it back to the top.
 */
export async function allListIds(page: Page): Promise<string[]> {
  const scroller = page.getByRole('list', { name: 'Events' }).locator('xpath=..');
  return scroller.evaluate(async (el) => {
    // Each row's place in the whole list (not on screen), so rows kept mounted out of order
    // (the focused one) still sort where they belong.
    const offsets = new Map<string, number>();
    // Two frames: one for the scroll event to reach the virtualiser, one for React's render.
    const settle = () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
    const collect = () => {
      const top = el.getBoundingClientRect().top - el.scrollTop;
      for (const row of el.querySelectorAll('[data-event-id]')) {
        const id = row.getAttribute('data-event-id');
        if (id !== null) offsets.set(id, row.getBoundingClientRect().top - top);
      }
    };
    el.scrollTop = 0;
    await settle();
    for (let guard = 0; guard < 10_000; guard++) {
      collect();
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
      el.scrollTop += Math.max(1, Math.floor(el.clientHeight * 0.8));
      await settle();
    }
    el.scrollTop = 0;
    await settle();
    return [...offsets].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  });
}

/** The list row of one event. */
export function listRow(page: Page, id: string): Locator {
  return page.getByRole('list', { name: 'Events' }).locator(`button[data-event-id="${id}"]`);
}

// vis draws a point event as three `.vis-item` elements (box, line, dot); the box or the range
// bar is the item a reader sees and clicks.
const ITEM = '.vis-item:not(.vis-line):not(.vis-dot)';

/** Every item vis-timeline has drawn (events and cluster counts). */
export function timelineItems(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' }).locator(ITEM);
}

/** The drawn items that are single events (not clusters). */
export function timelineEventItems(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' }).locator(`${ITEM}.tl-event`);
}

/** The selected item on the timeline. */
export function selectedTimelineItem(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' }).locator(`${ITEM}.vis-selected`);
}

/** The titles of the events drawn on the timeline, sorted. */
export async function timelineTitles(page: Page): Promise<string[]> {
  const titles = await timelineEventItems(page).locator('.tl-title').allTextContents();
  return titles.sort();
}

/** The theme toggle whose accessible name starts with the theme's label. */
export function themeToggle(page: Page, label: 'Trade' | 'Technology' | 'Diplomacy'): Locator {
  return page
    .getByRole('group', { name: 'Themes' })
    .getByRole('button', { name: new RegExp(`^${label}\\b`) });
}

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search events' });
}

/** The event panel, once an event is open (its region is named after the event's title). */
export function eventPanel(page: Page, title: string): Locator {
  return page.getByRole('complementary', { name: title, exact: true });
}

/**
 * Waits until the data has arrived and the timeline has drawn at least one item, which is when
 * the page is what a reader would judge.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByText('Loading events…')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Events', level: 2 })).toBeVisible();
  await expect(timelineItems(page).first()).toBeVisible();
}

/** The path and query of the page, without the origin and the base path's leading part. */
export function pathAndQuery(page: Page): { pathname: string; params: URLSearchParams } {
  const url = new URL(page.url());
  return { pathname: url.pathname, params: url.searchParams };
}

/**
 * Whether `inner` lies at least partly inside `outer` on screen: "in view" for an element that
 * may be clipped by a scrolling or overflow-hidden ancestor.
 */
export async function overlaps(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (a === null || b === null) return false;
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}
