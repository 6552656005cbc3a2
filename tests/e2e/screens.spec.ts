import { expect, test, type Page } from '@playwright/test';
import { eventPanel, listRow, waitForApp } from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { screenshotPath } from './support/screenshotPath.ts';
import { settleAnimations } from './support/settleAnimations.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';

const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 667 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

failOnPageErrors();

/** The page never scrolls sideways (nothing wider than the screen). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width beyond the screen').toBeLessThanOrEqual(clientWidth);
}

/** The event with the most sources: the fullest panel to look at. */
function fullestEvent() {
  const ev = [...builtEvents().events].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  if (ev === undefined) throw new Error('the built data has no events');
  return ev;
}

for (const size of SIZES) {
  for (const scheme of SCHEMES) {
    test.describe(`${size.name}, ${scheme}`, () => {
      test.use({ viewport: size.viewport, colorScheme: scheme });

      test('screenshots of the overview and an event page', async ({ page }) => {
        const ev = fullestEvent();
        await page.goto('./');
        await waitForApp(page);
        await settleAnimations(page);
        await expectNoSidewaysScroll(page);
        await page.screenshot({
          path: screenshotPath(`${size.name}-${scheme}-overview`),
          fullPage: true,
        });

        await page.goto(`events/${ev.id}`);
        await waitForApp(page);
        await expect(eventPanel(page, ev.title)).toBeVisible();
        await settleAnimations(page);
        await expectNoSidewaysScroll(page);
        await page.screenshot({ path: screenshotPath(`${size.name}-${scheme}-event`) });
      });
    });
  }
}

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the event panel is a sheet over the page that keeps focus and gives it back', async ({
    page,
  }) => {
    const ev = fullestEvent();
    await page.goto('./');
    await waitForApp(page);
    await listRow(page, ev.id).click();
    const panel = eventPanel(page, ev.title);
    await expect(panel).toBeVisible();
    await settleAnimations(page);

    // It covers the screen's width and starts at its top edge or close to it.
    const box = await panel.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(370);
    await expect(panel).toBeInViewport({ ratio: 0.5 });
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    // What is underneath is out of reach: Tab moves through the panel and, past its end, leaves
    // the page (to the browser's own controls), never to the covered content.
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      const where = await panel.evaluate((el) => {
        const active = document.activeElement;
        if (active === null || active === document.body) return 'outside the page';
        return el.contains(active) ? 'panel' : `covered: ${active.outerHTML.slice(0, 80)}`;
      });
      expect(where).not.toMatch(/^covered/);
    }
    await page.getByRole('button', { name: 'Close event details' }).click();
    await expect(panel).toHaveCount(0);
    await expect(listRow(page, ev.id)).toBeFocused();
    await expectNoSidewaysScroll(page);
  });
});

test.describe('appearance', () => {
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });

  test('the dark mode toggle changes the colours and is remembered', async ({ page }) => {
    await page.goto('./');
    await waitForApp(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(background).not.toBe(light);
    const dark = await background();

    await page.reload();
    await waitForApp(page);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background()).toBe(dark);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(background).toBe(light);
  });
});
