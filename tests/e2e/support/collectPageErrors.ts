import type { Page } from '@playwright/test';

/**
 * Starts recording console errors and uncaught page errors; the returned array fills as they
 * happen (into `errors` when given). Attach before `page.goto` so start-up errors are caught too.
 */
export function collectPageErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}
