import { expect, test } from '@playwright/test';
import {
  eventPanel,
  listRow,
  listRows,
  searchBox,
  selectedTimelineItem,
  waitForApp,
} from './support/appLocators.ts';
import { builtEvents, pick } from './support/builtEvents.ts';
import { pressTabUntil } from './support/pressTabUntil.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';
import { watchPage } from './support/watchPage.ts';

test.use({ viewport: { width: 1440, height: 900 } });

failOnPageErrors();

test('with the keyboard alone: search, reach an event through the list, share it', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const query = 'trump';
  const hits = builtEvents().events.filter((e) =>
    [e.title, e.summary, ...e.actors, ...e.tags, ...e.mentions.map((m) => m.quote)].some((f) =>
      f.toLowerCase().includes(query),
    ),
  );
  expect(hits.length).toBeGreaterThan(1);
  const target = pick(hits, 1);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? '').origin,
  });
  await page.goto('./');
  await waitForApp(page);

  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByText(`${hits.length} shown`)).toBeVisible();

  // Tab onwards from the search box until an event row takes focus: the first one.
  await pressTabUntil(page, listRows(page));
  await expect(listRow(page, pick(hits, 0).id)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(listRow(page, target.id)).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = eventPanel(page, target.title);
  await expect(panel).toBeVisible();
  await expect(listRow(page, target.id)).toHaveAttribute('aria-current', 'true');
  await expect(selectedTimelineItem(page)).toContainText(target.title);

  await pressTabUntil(page, panel.getByRole('button', { name: 'Share' }));
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText(/^Link (copied|shared)$/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).pathname).toMatch(new RegExp(`/events/${target.id}$`));

  // The link opens the same event, with the same search, in a browser that has never seen it.
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const other = await fresh.newPage();
    const otherErrors = await watchPage(other);
    await other.goto(link);
    await waitForApp(other);
    await expect(eventPanel(other, target.title)).toBeVisible();
    await expect(listRow(other, target.id)).toHaveAttribute('aria-current', 'true');
    await expect(searchBox(other)).toHaveValue(query);
    await expect(other.getByText(`${hits.length} shown`)).toBeVisible();
    expect(otherErrors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('the skip link leads to the list; arrows, Home, End and Escape work there', async ({
  page,
}) => {
  const { events } = builtEvents();
  const first = pick(events, 0);
  const last = pick(events, -1);
  await page.goto('./');
  await waitForApp(page);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the event list' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(listRow(page, first.id)).toBeFocused();
  // Only one row is in the tab order (a roving tabindex).
  await expect(listRows(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);

  await page.keyboard.press('End');
  await expect(listRow(page, last.id)).toBeFocused();
  await expect(listRow(page, last.id)).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(eventPanel(page, last.title)).toBeVisible();
  // The skip link's #fragment may stay in the address bar; the path is what names the event.
  await expect.poll(() => new URL(page.url()).pathname).toMatch(new RegExp(`/events/${last.id}$`));

  // Into the panel, then Escape: the panel closes and focus goes back to the event's row.
  await pressTabUntil(page, page.getByRole('button', { name: 'Close event details' }));
  await page.keyboard.press('Escape');
  await expect(eventPanel(page, last.title)).toHaveCount(0);
  await expect(listRow(page, last.id)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(listRow(page, first.id)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(listRow(page, first.id)).toBeFocused();
});

test('theme toggles and the dark mode switch work from the keyboard', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  const trade = page.getByRole('group', { name: 'Themes' }).getByRole('button', { name: /^Trade/ });
  await pressTabUntil(page, trade);
  await page.keyboard.press('Space');
  await expect(trade).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/[?&]themes=technology,diplomacy/);
  await page.keyboard.press('Enter');
  await expect(trade).toHaveAttribute('aria-pressed', 'true');

  const dark = page.getByRole('button', { name: 'Dark mode' });
  await pressTabUntil(page, dark, { backwards: true });
  const before = await dark.getAttribute('aria-pressed');
  await page.keyboard.press('Enter');
  await expect(dark).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
});
