import { expect, test } from '@playwright/test';
import { watchPage } from './watchPage.ts';

/**
 * Watches every test's page in this file and fails the test on any console error, page error or
 * CSP violation. The returned array is live, so a test that expects a particular error (a 404 it
 * caused on purpose) can check it and take it out before the test ends.
 */
export function failOnPageErrors(): string[] {
  const errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors.length = 0;
    await watchPage(page, errors);
  });
  test.afterEach(() => {
    expect(errors, 'console errors, page errors or CSP violations').toEqual([]);
  });
  return errors;
}
