import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { MAX_QUERY_LENGTH } from '../../src/state/url.ts';
import {
  listRows,
  searchBox,
  themeToggle,
  timelineItems,
  waitForApp,
} from './support/appLocators.ts';
import { expectPageClean, guardPage, type PageGuard } from '../fixtures/hostile/pageGuards.ts';

test.use({ viewport: { width: 1280, height: 800 } });
// Independent pages: let both workers share the links.
test.describe.configure({ mode: 'parallel' });

const DIST_404 = resolve(import.meta.dirname, '../../dist/404.html');
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const LONG = 'x'.repeat(5000);

let guard: PageGuard;
// The app's 404 page is served for one link below; Chromium logs that status, nothing else may be.
test.beforeEach(async ({ page }) => {
  guard = await guardPage(page, [
    /Failed to load resource: the server responded with a status of 404/,
  ]);
});

test.afterEach(async ({ page }) => {
  await expectPageClean(page, guard, 'the link');
});

async function expectAllThemesOn(page: Page): Promise<void> {
  for (const label of ['Trade', 'Technology', 'Diplomacy'] as const) {
    await expect(themeToggle(page, label)).toHaveAttribute('aria-pressed', 'true');
  }
}

type HostileLink = { url: string; check?: (page: Page) => Promise<void> };

/** Garbage in every query parameter: each must fall back to its default. */
const PARAM_LINKS: HostileLink[] = [
  { url: `./?themes=${encodeURIComponent(SCRIPT)},evil,__proto__` },
  { url: '?themes=%E0%A4%A&from=%&to=%E0%A4%A' },
  { url: '?themes=%00&from=2025-02-30&to=2025-02-31&%00=%00' },
  { url: '?from=2026-12-31&to=2020-01-01' },
  // One 5,000-character value per link: Node's test server refuses request lines over 16 KB.
  { url: `?themes=${LONG}&embed=${LONG.slice(0, 2000)}` },
  { url: `?from=${LONG}&to=2025-01-01` },
  { url: '?themes=%&q=%' },
];

/** Hostile event ids: "not found" (or "page not found") over a working timeline. */
const PATH_LINKS: HostileLink[] = [
  {
    url: `events/${encodeURIComponent(IMG)}`,
    check: async (page) => {
      await expect(page.getByRole('alert')).toContainText(`No event has the id “${IMG}”`);
    },
  },
  {
    url: 'events/<script>',
    check: async (page) => {
      await expect(page.getByRole('alert')).toContainText('No event has the id “<script>”');
    },
  },
  {
    url: `events/${SCRIPT}`,
    check: async (page) => {
      await expect(page.getByRole('alert')).toContainText('Page not found');
    },
  },
  {
    url: 'events/%E0%A4%A',
    check: async (page) => {
      await expect(page.getByRole('alert')).toContainText('No event has the id “%E0%A4%A”');
    },
  },
  {
    url: `events/${'a'.repeat(5000)}`,
    check: async (page) => {
      await expect(page.getByRole('alert')).toContainText('Event not found');
    },
  },
];

async function visitAll(page: Page, links: HostileLink[]): Promise<void> {
  for (const { url, check } of links) {
    await test.step(url.slice(0, 80), async () => {
      await page.goto(url);
      await waitForApp(page);
      await expectAllThemesOn(page);
      await expect(timelineItems(page).first()).toBeVisible();
      await expect(listRows(page).first()).toBeVisible();
      if (check !== undefined) await check(page);
    });
  }
}

test('malicious query parameters fall back to defaults, and the timeline draws', async ({
  page,
}) => {
  await visitAll(page, PARAM_LINKS);
});

test('malicious event ids show a notice over a working timeline', async ({ page }) => {
  // A malformed escape in the path is refused by the test server; a static host answers with
  // the app's 404 page, which boots the app. Serve that, as GitHub Pages would.
  await page.route(/\/events\/%E0%A4%A$/, (route) =>
    route.fulfill({ status: 404, path: DIST_404, contentType: 'text/html; charset=utf-8' }),
  );
  await visitAll(page, PATH_LINKS);
});

test('a hostile search is kept as text, clipped, and can be cleared', async ({ page }) => {
  for (const q of [`${SCRIPT} ${IMG} javascript:alert(1)`, `\u202egnp.exe ${LONG}`]) {
    await page.goto(`?q=${encodeURIComponent(q)}&themes=${encodeURIComponent(SCRIPT)}`);
    await expect(searchBox(page)).toHaveValue(q.slice(0, MAX_QUERY_LENGTH));
    await expectAllThemesOn(page);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(searchBox(page)).toHaveValue('');
    await waitForApp(page);
  }
});
