import { tmpdir } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { eventPanel, themeToggle, waitForApp } from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { screenshotPath } from './support/screenshotPath.ts';
import { startStaticServer } from './support/staticServer.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';

failOnPageErrors();

/**
 * Someone else's page holding `html`, served from a second local server: another origin, as on
 * the web. (Chromium's local-network checks block a page that is not itself local from framing
 * 127.0.0.1, so a routed fake domain would not do.) Returns the function that stops the server.
 */
async function openHostPage(page: Page, html: string): Promise<() => Promise<void>> {
  const host = await startStaticServer({ root: tmpdir(), overrides: { 'article.html': html } });
  await page.goto(`${host.url}article.html`);
  return host.close;
}

test('?embed=1 shows the timeline without the header, with a link to the full view', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 960, height: 640 });
  await page.goto('./?themes=trade,diplomacy&embed=1');
  await waitForApp(page);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /^Export the/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(themeToggle(page, 'Technology')).toHaveAttribute('aria-pressed', 'false');

  const link = page.getByRole('link', { name: /Open the full timeline/ });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await page.screenshot({ path: screenshotPath('embed-mode') });

  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForLoadState();
  const url = new URL(full.url());
  expect(url.searchParams.get('embed')).toBeNull();
  expect(url.searchParams.get('themes')).toBe('trade,diplomacy');
  await expect(full.getByRole('banner')).toBeVisible();
  await expect(themeToggle(full, 'Technology')).toHaveAttribute('aria-pressed', 'false');
  await full.close();
});

test('the embed code from the share area works inside another page', async ({ page }) => {
  const event = builtEvents().events.find((e) => e.date.start !== null);
  if (event === undefined) throw new Error('the build has no dated event');
  await page.goto(`./events/${event.id}?themes=${event.themes.join(',')}`);
  const panel = eventPanel(page, event.title);
  await expect(panel).toBeVisible();

  await panel.getByRole('button', { name: 'Embed' }).click();
  const code = panel.getByRole('textbox', { name: /Embed code/ });
  await expect(code).toBeVisible();
  await page.screenshot({ path: screenshotPath('embed-snippet') });
  const snippet = await code.inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"<>]+" title="US–China relations timeline"/);
  // Shown as text in the app, never as a live iframe there.
  await expect(page.locator('iframe')).toHaveCount(0);

  const stopHost = await openHostPage(
    page,
    `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>` +
      `<h1>Someone else's article</h1>${snippet}</body></html>`,
  );
  const frame = page.frameLocator('iframe[title="US–China relations timeline"]');
  await expect(frame.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  await expect(frame.getByRole('banner')).toHaveCount(0);
  const link = frame.getByRole('link', { name: /Open the full timeline/ });
  await expect(link).toBeVisible();
  const href = new URL((await link.getAttribute('href')) ?? '');
  expect(href.pathname).toMatch(new RegExp(`/events/${event.id}$`));
  expect(href.searchParams.get('embed')).toBeNull();
  await expect(frame.locator('.vis-item').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('embed-in-iframe') });
  await stopHost();
});
