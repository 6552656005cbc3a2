import { expect, test, type Page } from '@playwright/test';
import { makeRealisticEventsFile } from '../fixtures/makeRealisticEventsFile.ts';
import { waitForApp } from './support/appLocators.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';
import { screenshotPath } from './support/screenshotPath.ts';

test.use({ viewport: { width: 1440, height: 900 } });

failOnPageErrors();

/** What the issue asks of every zoom: at least this many events readable by their titles. */
const MIN_TITLED = 15;

const ZOOMS = [
  { name: 'overview', query: '' },
  { name: 'two-years', query: '?from=2018-01-01&to=2019-12-31' },
  { name: 'three-months', query: '?from=2019-06-01&to=2019-08-31' },
] as const;

// Generating 100,000 events takes seconds: once per size and worker, served as a raw string.
const bodies = new Map<number, string>();
function body(count: number): string {
  let b = bodies.get(count);
  if (b === undefined) {
    b = JSON.stringify(makeRealisticEventsFile(count));
    bodies.set(count, b);
  }
  return b;
}

async function serve(page: Page, count: number): Promise<void> {
  const data = body(count);
  await page.route('**/data/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: data }),
  );
}

/**
 * The event items a reader can read right now: inside the visible part of the timeline (not
 * scrolled away below it, not off its sides) with a title at least a few words wide.
 */
async function titledInView(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Timeline' }).evaluate((region) => {
    const panel = region.querySelector('.vis-panel.vis-center');
    if (panel === null) return [];
    const view = panel.getBoundingClientRect();
    const titles: string[] = [];
    for (const item of region.querySelectorAll('.vis-item.tl-event:not(.vis-line):not(.vis-dot)')) {
      const box = item.getBoundingClientRect();
      const title = item.querySelector('.tl-title');
      const inside =
        box.right > view.left &&
        box.left < view.right &&
        box.top >= view.top - 1 &&
        box.bottom <= view.bottom + 1;
      if (!inside || title === null) continue;
      const text = title.textContent.trim();
      if (text.length > 0 && title.getBoundingClientRect().width >= 60) titles.push(text);
    }
    return titles;
  });
}

for (const count of [5_000, 100_000]) {
  test.describe(`${count.toLocaleString('en-US')} events`, () => {
    // Loading and validating 100,000 events takes a few seconds on a busy two-core machine.
    test.setTimeout(count > 10_000 ? 180_000 : 90_000);

    for (const zoom of ZOOMS) {
      test(`the ${zoom.name} shows at least ${MIN_TITLED} titled events and the density strip`, async ({
        page,
      }) => {
        await serve(page, count);
        await page.goto(`./${zoom.query}`);
        await expect(page.getByText('Loading events…')).toHaveCount(0, { timeout: 60_000 });
        await waitForApp(page);

        const strip = page.getByRole('img', { name: /^Events per (day|week|month|quarter|year)/ });
        await expect(strip).toBeVisible();
        await expect(strip).toHaveAccessibleName(
          /busiest: .+, \d+ events?(; \d+ more dated only to a longer period)?$/,
        );
        // Each bar says its counts in words too, for a reader who cannot see the colours.
        const bars = page.getByRole('group', { name: /^Zoom to a / }).getByRole('button');
        expect(await bars.count()).toBeGreaterThan(3);
        await expect(bars.first()).toHaveAccessibleName(
          /: (no events|\d+ events?: .+)\. Zoom to it$/,
        );

        await expect
          .poll(async () => (await titledInView(page)).length)
          .toBeGreaterThanOrEqual(MIN_TITLED);
        const titles = await titledInView(page);
        // Landmarks, not one event over and over.
        expect(new Set(titles).size).toBeGreaterThanOrEqual(
          Math.min(MIN_TITLED, titles.length) / 2,
        );

        await page.screenshot({ path: screenshotPath(`scale-${count}-${zoom.name}`) });
      });
    }

    test('a cluster names its top events, not only how many it holds', async ({ page }) => {
      await serve(page, count);
      await page.goto('./');
      await expect(page.getByText('Loading events…')).toHaveCount(0, { timeout: 60_000 });
      await waitForApp(page);
      const cluster = page
        .getByRole('region', { name: 'Timeline' })
        .locator('.vis-item.tl-cluster')
        .first();
      await expect(cluster.locator('.tl-count')).toHaveText(/^\d+$/);
      await expect(cluster.locator('.tl-cluster-top').first()).not.toBeEmpty();
    });
  });
}

test('choosing a bar of the density strip with the keyboard zooms the timeline to it', async ({
  page,
}) => {
  await serve(page, 5_000);
  await page.goto('./?from=2018-01-01&to=2019-12-31');
  await waitForApp(page);
  const group = page.getByRole('group', { name: /^Zoom to a / });
  const first = group.getByRole('button').first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const chosen = group.locator('button:focus');
  const name = (await chosen.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('Enter');
  // The window is now that bucket, and the strip counts in a finer unit.
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe('2018-01-01');
  const from = new URL(page.url()).searchParams.get('from') ?? '';
  const to = new URL(page.url()).searchParams.get('to') ?? '';
  expect(to > from).toBe(true);
  await expect(page.getByRole('img', { name: /^Events per / })).not.toHaveAccessibleName(
    new RegExp(
      `^Events per ${name.startsWith('week') ? 'week' : name.startsWith('Q') ? 'quarter' : 'month'}\\b`,
    ),
  );
  // Focus stays in the strip, so the reader can go on zooming from the keyboard.
  await expect(group.locator('button:focus')).toHaveCount(1);
});
