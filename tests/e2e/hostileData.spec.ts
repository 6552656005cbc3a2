import { expect, test } from '@playwright/test';
import { listRows, waitForApp } from './support/appLocators.ts';
import { routeEventsFile } from './support/routeEventsFile.ts';
import { makeHostileEventsFile } from '../fixtures/hostile/hostileEventsFile.ts';
import { expectPageClean, guardPage, type PageGuard } from '../fixtures/hostile/pageGuards.ts';

test.use({ viewport: { width: 1280, height: 800 } });

let guard: PageGuard;
// The 404 the first case provokes is logged by Chromium as a failed resource; nothing else may be.
test.beforeEach(async ({ page }) => {
  guard = await guardPage(page, [
    /Failed to load resource: the server responded with a status of 404/,
  ]);
});

test.afterEach(async ({ page }) => {
  await expectPageClean(page, guard, 'the data');
});

test.describe('broken data in the browser', () => {
  const FAILURES = [
    { name: 'missing (404)', status: 404, body: 'Not Found', why: /answered 404/ },
    { name: 'not JSON', status: 200, body: '<!doctype html><p>oops', why: /not valid JSON/ },
    {
      name: 'another schema version',
      status: 200,
      body: JSON.stringify({ ...makeHostileEventsFile(), schemaVersion: 2 }),
      why: /schema version 2; this app reads version 1/,
    },
  ];
  for (const failure of FAILURES) {
    test(`events.json ${failure.name}: a clear error, and Retry recovers`, async ({ page }) => {
      await routeEventsFile(page, { status: failure.status, body: failure.body });
      await page.goto('./');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The events could not be loaded');
      await expect(alert).toContainText(failure.why);
      // The file is fixed on the server; Retry fetches it again without a reload.
      await page.unroute('**/data/events.json');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await waitForApp(page);
      await expect(page.getByText('The events could not be loaded')).toHaveCount(0);
    });
  }

  test('one invalid event: the others show, and a notice counts the skipped one', async ({
    page,
  }) => {
    const file = makeHostileEventsFile();
    const events: unknown[] = [...file.events];
    events[0] = { ...file.events[0], themes: ['not-a-theme'] };
    await routeEventsFile(page, {
      status: 200,
      body: JSON.stringify({ ...file, events }),
    });
    await page.goto('./');
    await waitForApp(page);
    await expect(
      page.getByText('1 event in the data file was invalid and is not shown.'),
    ).toBeVisible();
    await expect(listRows(page)).toHaveCount(file.events.length - 1);
    await expect(page.locator(`[data-event-id="${file.events[0]?.id ?? ''}"]`)).toHaveCount(0);
  });
});
