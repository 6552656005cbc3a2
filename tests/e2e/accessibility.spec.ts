import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { eventPanel, waitForApp } from './support/appLocators.ts';
import { builtEvents } from './support/builtEvents.ts';
import { formatAxeViolations } from './support/formatAxeViolations.ts';
import { routeEventsFile } from './support/routeEventsFile.ts';
import { settleAnimations } from './support/settleAnimations.ts';
import { failOnPageErrors } from './support/failOnPageErrors.ts';

const SIZES = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 667 } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const errors = failOnPageErrors();

async function expectNoAxeViolations(page: Page): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(formatAxeViolations(results)).toEqual([]);
}

for (const size of SIZES) {
  for (const scheme of SCHEMES) {
    test.describe(`${size.name}, ${scheme}`, () => {
      test.use({ viewport: size.viewport, colorScheme: scheme });

      test('axe finds no violations on the overview and on an event page', async ({ page }) => {
        const { events } = builtEvents();
        // The event with the most sources: the longest panel, with every part of it.
        const ev = [...events].sort((a, b) => b.mentions.length - a.mentions.length)[0];
        if (ev === undefined) throw new Error('the built data has no events');

        await page.goto('./');
        await waitForApp(page);
        // The page really is in the scheme under test (it follows the system).
        await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
          'aria-pressed',
          String(scheme === 'dark'),
        );
        await expectNoAxeViolations(page);

        await page.goto(`events/${ev.id}`);
        await waitForApp(page);
        await expect(eventPanel(page, ev.title)).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });
  }
}

test.describe('other states', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('axe finds no violations in the article view and on no matches', async ({ page }) => {
    const ev = builtEvents().events[0];
    if (ev === undefined) throw new Error('the built data has no events');
    await page.goto(`events/${ev.id}`);
    await waitForApp(page);
    await eventPanel(page, ev.title)
      .getByRole('button', { name: 'Read in article' })
      .first()
      .click();
    await expect(page.locator('mark')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('./?q=zqxj+no+such+words');
    await expect(page.getByText('No events match')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations on the load error and on an unknown event', async ({ page }) => {
    await routeEventsFile(page, { status: 404, body: 'not found', contentType: 'text/plain' });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('The events could not be loaded');
    await expectNoAxeViolations(page);
    // The browser logs the 404 this step asks for; it is the point of the step, not a defect.
    expect(errors.filter((e) => /Failed to load resource: .*404/.test(e))).toHaveLength(1);
    errors.splice(0, errors.length, ...errors.filter((e) => !/Failed to load resource/.test(e)));

    await page.unrouteAll();
    await page.goto('events/no-such-event');
    await waitForApp(page);
    await expect(page.getByRole('alert')).toContainText('Event not found.');
    await expectNoAxeViolations(page);
  });
});
