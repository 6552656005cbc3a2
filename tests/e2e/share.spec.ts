import { expect, test, type Page } from '@playwright/test';
import type { Theme, TimelineEvent } from '../../src/data/eventSchema.ts';
import {
  eventPanel,
  listRow,
  overlaps,
  searchBox,
  selectedTimelineItem,
  themeToggle,
  waitForApp,
} from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { watchPage } from './support/watchPage.ts';

test.use({ viewport: { width: 1280, height: 860 } });

const LABEL = { trade: 'Trade', technology: 'Technology', diplomacy: 'Diplomacy' } as const;
const THEME_ORDER: readonly Theme[] = ['trade', 'technology', 'diplomacy'];

/**
 * The titles of the events drawn wholly inside the timeline's visible area, sorted. Read in one
 * go in the page: vis replaces item elements as it redraws, so element-by-element reads race it.
 */
async function titlesInView(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'Timeline', exact: true });
  return region.evaluate((root) => {
    const box = root.getBoundingClientRect();
    return [...root.querySelectorAll('.vis-item.tl-event:not(.vis-line):not(.vis-dot)')]
      .filter((item) => {
        const r = item.getBoundingClientRect();
        return (
          r.width > 0 &&
          r.left >= box.left &&
          r.right <= box.right &&
          r.top >= box.top &&
          r.bottom <= box.bottom
        );
      })
      .map((item) => item.querySelector('.tl-title')?.textContent ?? '')
      .sort();
  });
}

/** Where the selected item sits across the timeline, in pixels from its left edge. */
async function selectedOffset(page: Page): Promise<number> {
  const region = await page.getByRole('region', { name: 'Timeline', exact: true }).boundingBox();
  const item = await selectedTimelineItem(page).boundingBox();
  if (region === null || item === null) throw new Error('no selected item on the timeline');
  return item.x - region.x;
}

/** The address once zooming has settled (the window is written when an animation ends). */
async function settledUrl(page: Page): Promise<URL> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = page.url();
        const same = now === previous && /[?&]from=/.test(now);
        previous = now;
        return same;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return new URL(page.url());
}

test('a shared link opened in a new browser context shows the same event, filters and window', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const errors = await watchPage(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });

  // A view with all three parts of the state: a zoomed window, a theme off, and a search.
  await page.goto('./');
  await waitForApp(page);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await zoomIn.click();
  await zoomIn.click();
  await settledUrl(page);

  // An event drawn wholly in view, so selecting it has no reason to move the window.
  const byTitle = new Map(builtEvents().events.map((e) => [e.title, e]));
  const event = (await titlesInView(page))
    .map((t) => byTitle.get(t))
    .find((e): e is TimelineEvent => e !== undefined && e.themes.length < THEME_ORDER.length);
  if (event === undefined) throw new Error('no single- or two-theme event in view after zooming');
  const offTheme = THEME_ORDER.find((t) => !event.themes.includes(t)) ?? 'trade';
  const word = event.title.split(/\s+/).find((w) => w.length >= 4) ?? event.title;

  await themeToggle(page, LABEL[offTheme]).click();
  await searchBox(page).fill(word);
  await listRow(page, event.id).click();
  const panel = eventPanel(page, event.title);
  await expect(panel).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect.poll(() => overlaps(selectedTimelineItem(page), timeline)).toBe(true);
  const here = await settledUrl(page);
  const seenHere = await titlesInView(page);
  const offsetHere = await selectedOffset(page);
  expect(seenHere).toContain(event.title);

  await panel.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const shared = new URL(link);
  expect(shared.pathname).toMatch(new RegExp(`/events/${event.id}$`));
  expect(shared.searchParams.get('q')).toBe(word);
  expect(shared.searchParams.get('from')).toBe(here.searchParams.get('from'));
  expect(shared.searchParams.get('to')).toBe(here.searchParams.get('to'));
  expect(errors).toEqual([]);

  // Someone else, with nothing of this session: no storage, no history, no clipboard.
  const other = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page2 = await other.newPage();
  const errors2 = await watchPage(page2);
  await page2.goto(link);
  await expect(eventPanel(page2, event.title)).toBeVisible();
  await expect(searchBox(page2)).toHaveValue(word);
  for (const theme of THEME_ORDER) {
    await expect(themeToggle(page2, LABEL[theme])).toHaveAttribute(
      'aria-pressed',
      String(theme !== offTheme),
    );
  }
  await expect(listRow(page2, event.id)).toHaveAttribute('aria-current', 'true');
  await expect(selectedTimelineItem(page2)).toBeVisible();

  // Same window: the address keeps the shared range, and the same events are in view.
  const there = await settledUrl(page2);
  expect(there.searchParams.get('from')).toBe(shared.searchParams.get('from'));
  expect(there.searchParams.get('to')).toBe(shared.searchParams.get('to'));
  expect(await titlesInView(page2)).toEqual(seenHere);
  // The link keeps whole days, so the item may sit a few pixels off; a different window (the
  // whole span, or one re-centred on the event) would move it by far more.
  expect(Math.abs((await selectedOffset(page2)) - offsetHere)).toBeLessThan(25);
  expect(errors2).toEqual([]);
  await other.close();
});
