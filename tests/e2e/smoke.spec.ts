import { expect, test } from '@playwright/test';
import { collectPageErrors } from './support/collectPageErrors.ts';
import { screenshotPath } from './support/screenshotPath.ts';

test('the overview loads with a heading and without errors', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The data arrives after first paint: wait until the page stops fetching before judging errors.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: screenshotPath('smoke-overview'), fullPage: true });
  expect(errors).toEqual([]);
});
