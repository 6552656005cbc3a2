import { expect, test, type Locator, type Page } from '@playwright/test';
import { eventPanel, waitForApp } from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';
import { screenshotPath } from './support/screenshotPath.ts';
import { settleAnimations } from './support/settleAnimations.ts';

failOnPageErrors();

/** The event with the most sources: the longest panel, the hardest to fit. */
function fullestEvent() {
  const ev = [...builtEvents().events].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  if (ev === undefined) throw new Error('the built data has no events');
  return ev;
}

/** The box lies wholly inside the viewport: readable without scrolling anything. */
async function expectOnScreen(page: Page, what: Locator, label: string): Promise<void> {
  const box = await what.boundingBox();
  const size = page.viewportSize();
  expect(box, `${label} is drawn`).not.toBeNull();
  if (box === null || size === null) return;
  expect(box.y, `${label} top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${label} left`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${label} bottom`).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width, `${label} right`).toBeLessThanOrEqual(size.width);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  const size = `${viewport.width}×${viewport.height}`;
  test.describe(size, () => {
    test.use({ viewport });

    test('an opened event shows its summary and first source sentence without scrolling', async ({
      page,
    }) => {
      const ev = fullestEvent();
      const first = ev.mentions[0];
      expect(first, 'the fullest event has a source sentence').toBeDefined();
      if (first === undefined) return;
      await page.goto(`events/${ev.id}`);
      await waitForApp(page);
      const panel = eventPanel(page, ev.title);
      await expect(panel).toBeVisible();
      await settleAnimations(page);

      // Whitespace folded as the page shows it; a summary cut with "…" is matched by its start.
      const summary = ev.summary.replace(/\s+/g, ' ').trim().replace(/…$/, '');
      const quote = panel
        .getByRole('region', { name: /^Sources/ })
        .getByRole('listitem')
        .first()
        .locator('blockquote');
      await expect(quote).toHaveText(first.quote.replace(/\s+/g, ' ').trim());
      // One sentence is printed once: the summary, when it is a source sentence, only there.
      const summaryText = panel.getByText(summary);
      await expect(summaryText).toHaveCount(1);

      await expectOnScreen(page, summaryText, 'the summary');
      await expectOnScreen(page, quote, 'the first source sentence');
      const scrolled = await page.evaluate(() => ({
        page: window.scrollY,
        pageOverflow: document.documentElement.scrollHeight - window.innerHeight,
        panel: document.querySelector('.event-detail')?.scrollTop ?? -1,
      }));
      expect(scrolled, 'nothing was scrolled and the page itself does not scroll').toEqual({
        page: 0,
        pageOverflow: 0,
        panel: 0,
      });
      await page.screenshot({
        path: screenshotPath(`reading-${viewport.width}x${viewport.height}`),
      });
    });
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the opened event is still a sheet over the page, starting with the event', async ({
    page,
  }) => {
    const ev = fullestEvent();
    await page.goto(`events/${ev.id}`);
    await waitForApp(page);
    const panel = eventPanel(page, ev.title);
    await expect(panel).toBeVisible();
    await settleAnimations(page);
    const box = await panel.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 375, height: 667 });
    await expectOnScreen(page, panel.getByRole('heading', { level: 2 }), 'the title');
    await page.screenshot({ path: screenshotPath('reading-375x667') });
  });
});
